extension PageAssets {
    /// Step 3: the report in a frame, and help for one pupil (supporters and a support group).
    static let support = #"""
        function sortedPupils() {
          return state.reading.pupils.slice().sort((a, b) => a.name.localeCompare(b.name, state.lang));
        }

        function pupilOptions(placeholder) {
          const options = sortedPupils().map((p) => el("option", { value: p.id, text: p.name }));
          return placeholder ? [el("option", { value: "", text: placeholder })].concat(options) : options;
        }

        function sessionURL(file, params) {
          const query = new URLSearchParams(Object.assign({ lang: state.lang }, params || {}));
          return "/api/sessions/" + state.session + "/" + file + "?" + query.toString();
        }

        function showReport(pupil) {
          const url = sessionURL("report.html", pupil ? { pupil: pupil } : {});
          $("report-frame").src = url;
          $("open-report").href = url;
        }

        function renderPupilMenus() {
          const current = $("pupil").value;
          $("pupil").replaceChildren(...pupilOptions(T("choosePupil")));
          $("pupil").value = state.reading.pupils.some((p) => p.id === current) ? current : "";
          for (const fieldset of document.querySelectorAll("fieldset.pairs")) {
            for (const select of fieldset.querySelectorAll("select")) select.replaceChildren(...pupilOptions(T("choosePupil")));
            fieldset.querySelector(".pair-list").replaceChildren();
          }
          for (const id of ["absent", "chosen-leaders"]) {
            $(id).querySelector(".checks").replaceChildren(...sortedPupils().map((p) =>
              el("label", {}, [el("input", { type: "checkbox", value: p.id }), document.createTextNode(" " + p.name)])));
          }
        }

        function personItem(entry) {
          const reasons = (entry.role ? [entry.role.text] : []).concat(entry.reasons.map((r) => r.text)).join("; ");
          return el("li", {}, [el("strong", { text: entry.pupil.name }), el("span", { class: "reasons", text: reasons })]);
        }

        async function showSupport(pupil) {
          if (!pupil) { $("support").hidden = true; showReport(""); return; }
          busy(true);
          try {
            const answer = await api(sessionURL("support", { pupil: pupil }));
            const supporters = answer.supporters;
            const group = answer.supportGroup;
            $("consent").textContent = supporters.consentReminder;
            const list = supporters.supporters.map(personItem);
            $("supporters").replaceChildren(...(list.length ? list : [el("li", { text: T("noSupporters") })]));
            $("design").textContent = group.design.text;
            $("group").replaceChildren(...group.members.map(personItem));
            const notes = supporters.notes.concat(group.notes).map((n) => n.text).concat([supporters.excluded.rule]);
            $("support-notes").replaceChildren(...[...new Set(notes)].filter((n) => n).map((n) => el("li", { text: n })));
            $("support").hidden = false;
            showReport(pupil);
          } catch (error) { showError(error); }
          finally { busy(false); }
        }

        function setUpSupport() {
          $("pupil").addEventListener("change", () => showSupport($("pupil").value));
        }

        """#
}
