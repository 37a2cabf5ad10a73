extension PageAssets {
    /// Step 2: how the file was read, and changing a question's kind or the reading of a written name.
    static let reading = #"""
        const KINDS = ["positive", "negative", "prosocial", "influence", "other"];

        function renderReading() {
          const r = state.reading;
          $("class-line").textContent = r.classLine;
          const rows = r.questions.map((q) => {
            const select = el("select", { "data-question": q.id, "aria-label": T("questionKind") + " " + q.id },
              KINDS.map((k) => el("option", { value: k, text: T("kind." + k) })));
            select.value = q.kind;
            select.addEventListener("change", changeKinds);
            return el("tr", {}, [el("td", { text: q.id }), el("td", { text: q.text }), el("td", {}, [select]), el("td", { class: "small", text: q.source })]);
          });
          $("questions").tBodies[0].replaceChildren(...rows);
          $("drop-negative-row").hidden = !(r.hasNegative || r.dropNegative);
          $("drop-negative").checked = r.dropNegative;
          const missing = r.didNotAnswer.length ? r.didNotAnswer.map((n) => el("li", { text: n })) : [el("li", { class: "small", text: T("nobodyMissing") })];
          $("missing").replaceChildren(...missing);
          $("matches").tBodies[0].replaceChildren(...r.matches.map((m) =>
            el("tr", { title: m.text }, [el("td", { text: "«" + m.written + "»" }), el("td", { text: m.pupilName }), el("td", { class: "small", text: m.how }),
              el("td", {}, [nameMenu(m.written, m.menuLabel, m.keepLabel), confirmButton(m)])])));
          $("matches").hidden = r.matches.length === 0;
          $("no-matches").hidden = r.matches.length > 0;
          const unknown = r.unknown.length
            ? r.unknown.map((u) => el("li", { "data-unknown": u.written }, [el("span", { text: u.text + " " }), nameMenu(u.written, u.menuLabel, T("nameChoose"))]))
            : [el("li", { class: "small", text: T("noUnknownNames") })];
          $("unknown").replaceChildren(...unknown);
          $("name-decisions-block").hidden = r.decisions.length === 0;
          $("name-decisions").replaceChildren(...r.decisions.map((d) => {
            const undo = el("button", { type: "button", class: "secondary", "data-undo": d.written, text: T("nameUndo") });
            undo.addEventListener("click", () => changeName(d.written, null));
            return el("li", { "data-decided": d.written }, [el("span", { text: d.text + " " }), undo]);
          }));
          $("files").replaceChildren(...r.files.map((f) => el("div", {}, [el("h4", { text: f.name }), el("ul", { class: "messages" }, f.facts.map((t) => el("li", { text: t })))])));
          $("warnings").replaceChildren(...r.warnings.map((m) => el("li", { class: "warning", text: m.text })));
          $("notes").replaceChildren(...r.notes.map((m) => el("li", { text: m.text })));
        }

        /** A menu for one written name: not decided (first entry), one of the pupils, or leave it out. */
        function nameMenu(written, label, firstLabel) {
          const options = [el("option", { value: "", text: firstLabel })]
            .concat(state.reading.pupils.map((p) => el("option", { value: "pupil:" + p.name, text: p.name })))
            .concat([el("option", { value: "drop", text: T("nameLeaveOut") })]);
          const select = el("select", { "data-name": written, "aria-label": label }, options);
          select.addEventListener("change", () => changeName(written, select.value));
          return select;
        }

        /** "That is right": confirms a loose match as a decision of the teacher's. */
        function confirmButton(m) {
          const button = el("button", { type: "button", class: "secondary", "data-confirm": m.written, text: T("nameConfirm") });
          button.addEventListener("click", () => changeName(m.written, "pupil:" + m.pupilName));
          return button;
        }

        /** The decisions as the server applied them, with `written` set to `value` ("pupil:NAME", "drop", or null/"" to undo). */
        function changeName(written, value) {
          const names = state.reading.decisions.filter((d) => d.written !== written)
            .map((d) => (d.dropped ? { written: d.written, pupil: null } : { written: d.written, pupil: d.pupil }));
          if (value === "drop") names.push({ written: written, pupil: null });
          else if (value && value.startsWith("pupil:")) names.push({ written: written, pupil: value.slice(6) });
          return rerun(names);
        }

        function changeKinds() {
          return rerun(null);
        }

        /** Re-reads the file with the page's choices (question kinds, and `names` when given) and shows everything again. */
        async function rerun(names) {
          const kinds = {};
          for (const select of document.querySelectorAll("select[data-question]")) {
            if (select.value !== state.readKinds[select.dataset.question]) kinds[select.dataset.question] = select.value;
          }
          busy(true);
          try {
            const answer = await api("/api/sessions/" + state.session + "/questions", {
              method: "PUT", headers: { "Content-Type": "application/json" },
              body: JSON.stringify(names ? { kinds: kinds, dropNegative: $("drop-negative").checked, names: names }
                : { kinds: kinds, dropNegative: $("drop-negative").checked }),
            });
            const pupil = $("pupil").value;
            state.reading = answer.reading;
            renderReading();
            showReport(pupil);
            if (pupil) await showSupport(pupil);
            $("groups-result").replaceChildren();
            resetSeating(true);
            renderDownloads();
            showError(null);
          } catch (error) { showError(error); }
          finally { busy(false); }
        }

        function setUpReading() {
          $("drop-negative").addEventListener("change", changeKinds);
        }

        """#
}
