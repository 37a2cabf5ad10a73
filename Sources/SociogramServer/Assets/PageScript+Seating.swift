extension PageAssets {
    /// The seating plan (klassekart): the room preset and its size, rotations, pairs never to be
    /// neighbours, pairs to seat beside each other and fixed seats chosen from menus of the class list and of the room's seats; the
    /// charts are the library's, drawn by the server (`/api/sessions/{id}/seating…`).
    static let seating = #"""
        // The two numbers each preset takes, and the texts of their labels.
        const roomShapes = {
          pairs: { a: "seatingRows", b: "seatingDesks", size: (n) => [Math.max(1, Math.ceil(n / 6)), 3] },
          rows: { a: "seatingRows", b: "seatingDesks", size: (n) => [Math.max(1, Math.ceil(n / 6)), 6] },
          islands: { a: "seatingTables", b: "seatingSeatsPerTable", size: (n) => [Math.max(1, Math.ceil(n / 5)), 5] },
          horseshoe: { a: "seatingSeatCount", b: null, size: (n) => [Math.max(3, n + 2), 0] },
        };

        function seatingRoom() {
          const preset = $("seating-preset").value;
          const shape = roomShapes[preset];
          return shape.b ? preset + ":" + $("seating-a").value + "x" + $("seating-b").value : preset + ":" + $("seating-a").value;
        }

        function labelRoomInputs() {
          const shape = roomShapes[$("seating-preset").value];
          $("seating-a-label").dataset.t = shape.a;
          $("seating-a-label").textContent = T(shape.a);
          $("seating-b-wrap").hidden = !shape.b;
          if (shape.b) {
            $("seating-b-label").dataset.t = shape.b;
            $("seating-b-label").textContent = T(shape.b);
          }
        }

        function presetChanged() {
          const shape = roomShapes[$("seating-preset").value];
          const [a, b] = shape.size(state.reading ? state.reading.pupils.length : 24);
          $("seating-a").value = a;
          if (shape.b) $("seating-b").value = b;
          labelRoomInputs();
          loadRoom();
        }

        async function loadRoom() {
          if (!state.session) return;
          const seatMenu = $("seating-fixed-seat");
          try {
            const room = await api(sessionURL("seating-room", { room: seatingRoom() }));
            $("seating-room-size").textContent = room.text;
            $("seating-room-size").classList.toggle("unmet-line", room.capacity < room.pupils);
            const current = seatMenu.value;
            seatMenu.replaceChildren(el("option", { value: "", text: T("seatingChooseSeat") }), el("option", { value: "front", text: T("seatingFront") }),
              ...room.seats.map((s) => el("option", { value: s, text: s })));
            seatMenu.value = [...seatMenu.options].some((o) => o.value === current) ? current : "";
          } catch (error) {
            $("seating-room-size").textContent = error.message;
            $("seating-room-size").classList.add("unmet-line");
          }
        }

        function addFixedSeat() {
          const pupil = $("seating-fixed-pupil").value;
          const seat = $("seating-fixed-seat").value;
          if (!pupil || !seat) return;
          const list = $("seating-fixed-list");
          for (const li of [...list.children]) if (li.dataset.pupil === pupil) li.remove();
          const remove = el("button", { type: "button", class: "secondary", text: T("remove") });
          const where = seat === "front" ? T("seatingFront") : seat;
          const item = el("li", { "data-pupil": pupil, "data-seat": seat }, [el("span", { text: nameOf(pupil) + " – " + where }), remove]);
          remove.addEventListener("click", () => item.remove());
          list.append(item);
        }

        function seatingLinks(file, label) {
          const labels = $("pseudonymised").checked ? { labels: "codes" } : {};
          const line = el("p", { class: "small seating-links" }, [document.createTextNode(label + ": ")]);
          ["png", "svg", "pdf"].forEach((f, i) => {
            if (i) line.append(" · ");
            line.append(el("a", { href: sessionURL(file + "." + f, Object.assign({ download: "1" }, labels)), download: "", text: f.toUpperCase() }));
          });
          return line;
        }

        function renderSeating(answer) {
          state.seating = answer;
          const doc = answer.seating;
          const parts = [el("p", { class: "snapshot", text: doc.caveat })];
          doc.rotations.forEach((rotation, k) => {
            const title = answer.titles[k];
            const section = el("div", { class: "round seating-plan" }, [el("h3", { text: title })]);
            section.append(el("img", { class: "diagram seating-chart", alt: T("seatingChart") + " – " + title, src: sessionURL(answer.charts[k]) }));
            section.append(el("p", { class: "small", text: T("seatingLegend") }));
            if (rotation.unmet.length) {
              section.append(el("h4", { text: T("seatingUnmet") }),
                el("ul", { class: "unmet" }, rotation.unmet.map((u) => el("li", { class: u.hard ? "hard" : "", text: u.text }))));
            } else {
              section.append(el("p", { class: "small", text: T("seatingAllMet") }));
            }
            section.append(seatingLinks("seating/" + (k + 1), T("downloadSeating")));
            parts.push(section);
          });
          const labels = $("pseudonymised").checked ? { labels: "codes" } : {};
          parts.push(el("p", { class: "small seating-links" }, [el("a", {
            href: sessionURL("seating.json", Object.assign({ download: "1" }, labels)), download: "", text: T("downloadSeatingJSON") })]));
          $("seating-result").replaceChildren(...parts);
        }

        async function makeSeating(event) {
          event.preventDefault();
          const request = {
            room: seatingRoom(), rotations: Number($("seating-rotations").value), apart: pairs($("seating-apart")), together: pairs($("seating-together")),
            negativeApart: $("seating-negative").checked, mixGender: $("seating-mix").checked,
            fixed: [...$("seating-fixed-list").children].map((li) => ({ pupil: li.dataset.pupil, seat: li.dataset.seat })),
          };
          busy(true);
          try {
            const answer = await api("/api/sessions/" + state.session + "/seating", {
              method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(request),
            });
            renderSeating(answer);
            showError(null);
            $("seating-result").scrollIntoView({ behavior: "smooth", block: "start" });
          } catch (error) { showError(error); }
          finally { busy(false); }
        }

        // A new survey, or the survey read again: the page starts over (the server forgets the plans too).
        function resetSeating(keepRoom) {
          state.seating = null;
          $("seating-result").replaceChildren();
          if (!state.reading) return;
          $("seating-fixed-pupil").replaceChildren(...pupilOptions(T("choosePupil")));
          $("seating-fixed-list").replaceChildren();
          $("seating-negative-row").hidden = !state.reading.hasNegative;
          $("seating").hidden = false;
          if (keepRoom) loadRoom(); else presetChanged();
        }

        // Another language: the menus and the plans again, in it.
        async function seatingLanguageChanged() {
          if (!state.reading) return;
          labelRoomInputs();
          const pupil = $("seating-fixed-pupil").value;
          $("seating-fixed-pupil").replaceChildren(...pupilOptions(T("choosePupil")));
          $("seating-fixed-pupil").value = pupil;
          loadRoom();
          if (!state.seating) return;
          try { renderSeating(await api("/api/sessions/" + state.session + "/seating")); } catch (error) { showError(error); }
        }

        function setUpSeating() {
          $("seating-form").addEventListener("submit", makeSeating);
          $("seating-preset").addEventListener("change", presetChanged);
          for (const id of ["seating-a", "seating-b"]) $(id).addEventListener("change", loadRoom);
          $("seating-add-fixed").addEventListener("click", addFixedSeat);
          $("pseudonymised").addEventListener("change", () => { if (state.seating) renderSeating(state.seating); });
        }

        """#
}
