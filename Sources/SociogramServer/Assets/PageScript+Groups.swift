extension PageAssets {
    /// Step 4: work groups, with apart / together / absent chosen from the class list.
    static let groups = #"""
        function checked(id) {
          return [...$(id).querySelectorAll("input[type=checkbox]:checked")].map((c) => c.value);
        }

        function pairs(fieldset) {
          return [...fieldset.querySelectorAll(".pair-list li")].map((li) => [li.dataset.a, li.dataset.b]);
        }

        function nameOf(id) {
          const pupil = state.reading.pupils.find((p) => p.id === id);
          return pupil ? pupil.name : id;
        }

        function addPair(fieldset) {
          const a = fieldset.querySelector(".pair-a").value;
          const b = fieldset.querySelector(".pair-b").value;
          if (!a || !b || a === b) return;
          if (pairs(fieldset).some(([x, y]) => (x === a && y === b) || (x === b && y === a))) return;
          const remove = el("button", { type: "button", class: "secondary", text: T("remove") });
          const item = el("li", { "data-a": a, "data-b": b }, [el("span", { text: nameOf(a) + " – " + nameOf(b) }), remove]);
          remove.addEventListener("click", () => item.remove());
          fieldset.querySelector(".pair-list").append(item);
        }

        function groupCard(group, round) {
          const members = group.members.map((m) => {
            const isLeader = group.leader && group.leader.id === m.id;
            const alone = group.withoutFriend.some((w) => w.id === m.id);
            const text = m.name + (isLeader ? " (" + T("leader") + ")" : "");
            return el("li", { class: isLeader ? "lead-mark" : (alone ? "alone" : ""), text: text });
          });
          return el("div", { class: "card" }, [el("h4", { text: T("group") + " " + group.number }), el("ul", {}, members)]);
        }

        function renderGroups(answer) {
          const doc = answer.groups;
          const parts = [];
          for (const note of answer.ignored.concat(doc.notes.map((n) => n.text))) parts.push(el("p", { class: "small", text: note }));
          doc.rounds.forEach((round, k) => {
            const section = el("div", { class: "round" }, [el("h3", { text: T("round") + " " + round.round })]);
            section.append(el("div", { class: "group-cards" }, round.groups.map((g) => groupCard(g, round.round))));
            if (round.unmet.length) {
              section.append(el("h4", { text: T("unmet") }), el("ul", { class: "unmet" }, round.unmet.map((u) => el("li", { text: u.text }))));
            } else {
              section.append(el("p", { class: "small", text: T("allMet") }));
            }
            const diagram = answer.diagrams[k];
            if (diagram) {
              section.append(el("img", { class: "diagram", alt: T("groupsDiagram") + " – " + T("round") + " " + round.round, src: sessionURL(diagram) }));
              const stem = diagram.replace(/\.svg$/, "");
              const links = ["png", "svg", "pdf"].map((f) => el("a", { href: sessionURL(stem + "." + f, { download: "1" }), download: "", text: f.toUpperCase() }));
              const line = el("p", { class: "small" }, [document.createTextNode(T("downloadGroups") + ": ")]);
              links.forEach((a, i) => { if (i) line.append(" · "); line.append(a); });
              section.append(line);
            }
            parts.push(section);
          });
          $("groups-result").replaceChildren(...parts);
        }

        async function makeGroups(event) {
          event.preventDefault();
          const leaders = $("leaders").value;
          const request = {
            size: Number($("size").value), rounds: Number($("rounds").value), leaders: leaders,
            leaderPupils: leaders === "chosen" ? checked("chosen-leaders") : [],
            balanceGender: $("balance").checked, apart: pairs($("apart")), together: pairs($("together")), absent: checked("absent"),
          };
          busy(true);
          try {
            const answer = await api("/api/sessions/" + state.session + "/groups", {
              method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(request),
            });
            renderGroups(answer);
            showError(null);
            $("groups-result").scrollIntoView({ behavior: "smooth", block: "start" });
          } catch (error) { showError(error); }
          finally { busy(false); }
        }

        function setUpGroups() {
          $("groups-form").addEventListener("submit", makeGroups);
          for (const fieldset of document.querySelectorAll("fieldset.pairs")) {
            fieldset.querySelector(".add-pair").addEventListener("click", () => addPair(fieldset));
          }
          $("leaders").addEventListener("change", () => { $("chosen-leaders").hidden = $("leaders").value !== "chosen"; });
        }

        """#
}
