extension PageAssets {
    /// Step 2: how the file was read, and changing a question's kind.
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
            el("tr", { title: m.text }, [el("td", { text: "«" + m.written + "»" }), el("td", { text: m.pupilName }), el("td", { class: "small", text: m.how })])));
          $("matches").hidden = r.matches.length === 0;
          $("no-matches").hidden = r.matches.length > 0;
          const unknown = r.unknownNames.length ? r.unknownNames.map((m) => el("li", { text: m.text })) : [el("li", { class: "small", text: T("noUnknownNames") })];
          $("unknown").replaceChildren(...unknown);
          $("files").replaceChildren(...r.files.map((f) => el("div", {}, [el("h4", { text: f.name }), el("ul", { class: "messages" }, f.facts.map((t) => el("li", { text: t })))])));
          $("warnings").replaceChildren(...r.warnings.map((m) => el("li", { class: "warning", text: m.text })));
          $("notes").replaceChildren(...r.notes.map((m) => el("li", { text: m.text })));
        }

        async function changeKinds() {
          const kinds = {};
          for (const select of document.querySelectorAll("select[data-question]")) {
            if (select.value !== state.readKinds[select.dataset.question]) kinds[select.dataset.question] = select.value;
          }
          busy(true);
          try {
            const answer = await api("/api/sessions/" + state.session + "/questions", {
              method: "PUT", headers: { "Content-Type": "application/json" },
              body: JSON.stringify({ kinds: kinds, dropNegative: $("drop-negative").checked }),
            });
            const pupil = $("pupil").value;
            state.reading = answer.reading;
            renderReading();
            showReport(pupil);
            if (pupil) await showSupport(pupil);
            $("groups-result").replaceChildren();
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
