extension PageAssets {
    /// The grade section: several class files or one grade file, the summary (`sociogram batch`) and a
    /// placement (`sociogram placement`), with pairs and absent pupils chosen from the grade's pupils.
    static let grade = #"""
        const grade = { id: null, answer: null, placed: false };

        function gradeURL(file, params) {
          const query = new URLSearchParams(Object.assign({ lang: state.lang }, params || {}));
          return "/api/grades/" + grade.id + (file ? "/" + file : "") + "?" + query.toString();
        }

        function gradeNumber(value) {
          if (value === null || value === undefined) return "–";
          return Number(value).toLocaleString(state.lang === "en" ? "en-GB" : "nb-NO", { maximumFractionDigits: 2 });
        }

        function gradeList(id, items) {
          $(id).replaceChildren(...items.map((text) => el("li", { text: text })));
          $(id + "-block").hidden = items.length === 0;
        }

        function gradePupilOptions(placeholder) {
          const options = [el("option", { value: "", text: placeholder })];
          const byClass = new Map();
          for (const p of grade.answer.pupils) {
            const key = p.className || "–";
            if (!byClass.has(key)) byClass.set(key, []);
            byClass.get(key).push(p);
          }
          for (const [name, pupils] of byClass) {
            options.push(el("optgroup", { label: name }, pupils.map((p) => el("option", { value: p.id, text: p.name }))));
          }
          return options;
        }

        function gradePupilName(id) {
          const pupil = grade.answer.pupils.find((p) => p.id === id);
          return pupil ? pupil.name + (pupil.className ? " (" + pupil.className + ")" : "") : id;
        }

        function renderGradeDownloads() {
          const coded = $("grade-codes").checked;
          const labels = coded ? { labels: "codes" } : {};
          const link = (text, file, extra) =>
            el("li", {}, [el("a", { href: gradeURL(file, Object.assign({ download: "1" }, labels, extra || {})), download: "", text: text })]);
          const items = [link(T("downloadGradeJson"), "grade.json"), link(T("downloadGradeCsv"), "grade.csv")];
          if (grade.placed) items.push(link(T("downloadPlacement"), "placement.json"));
          if (coded) {
            const key = link(T("downloadKey"), "code-key.csv");
            key.className = "key";
            items.push(key);
          }
          $("grade-downloads").replaceChildren(...items);
        }

        function renderGrade(answer) {
          grade.answer = answer;
          const summary = answer.summary;
          $("grade-lines").replaceChildren(...answer.lines.filter((l) => l.trim()).map((l) => el("li", { text: l.trim() })));
          const cell = (value, num) => el("td", { class: num ? "num" : "", text: String(value) });
          $("grade-table").tBodies[0].replaceChildren(...summary.classes.map((c) => el("tr", {}, [
            cell(c.rank, true), el("th", { scope: "row", text: c.name }), cell(c.pupils, true), cell(c.respondents, true),
            cell(c.needAttention, true), cell(c.isolated, true), cell(c.noMutual, true),
            cell(gradeNumber(c.reciprocity), true), cell(gradeNumber(c.fragmentation), true),
          ])));
          gradeList("grade-failed", answer.failed.map((f) => f.description));
          gradeList("grade-skipped", answer.skipped.map((s) => s.file + ": " + s.reason));
          gradeList("grade-notes", answer.notes);
          const problem = answer.placementProblem;
          $("placement-problem").hidden = !problem;
          $("placement-problem-text").textContent = problem ? problem.description : "";
          $("placement-form").hidden = !!problem;
          for (const fieldset of document.querySelectorAll("fieldset.grade-pairs")) {
            const chosen = [...fieldset.querySelectorAll(".pair-list li")];
            for (const select of fieldset.querySelectorAll("select")) select.replaceChildren(...gradePupilOptions(T("choosePupil")));
            for (const item of chosen) item.firstChild.textContent = [item.dataset.a, item.dataset.b].filter(Boolean).map(gradePupilName).join(" – ");
          }
          renderGradeDownloads();
          $("grade-result").hidden = false;
        }

        function gradeChosen(fieldset) {
          return [...fieldset.querySelectorAll(".pair-list li")].map((li) => li.dataset.b ? [li.dataset.a, li.dataset.b] : li.dataset.a);
        }

        function addGradeChoice(fieldset) {
          const a = fieldset.querySelector(".grade-a").value;
          const second = fieldset.querySelector(".grade-b");
          const b = second ? second.value : "";
          if (!a || (second && (!b || a === b))) return;
          const same = (x) => Array.isArray(x) ? (x[0] === a && x[1] === b) || (x[0] === b && x[1] === a) : x === a;
          if (gradeChosen(fieldset).some(same)) return;
          const remove = el("button", { type: "button", class: "secondary", text: T("remove") });
          const item = el("li", second ? { "data-a": a, "data-b": b } : { "data-a": a }, [
            el("span", { text: [a, b].filter(Boolean).map(gradePupilName).join(" – ") }), remove]);
          remove.addEventListener("click", () => item.remove());
          fieldset.querySelector(".pair-list").append(item);
        }

        async function loadGrade(event) {
          event.preventDefault();
          const files = [...$("grade-files").files];
          if (files.length === 0) { showError(new Error(T("gradeNoFiles"))); return; }
          const form = new FormData();
          for (const file of files) form.append("files", file);
          if ($("grade-roster").files[0]) form.append("roster", $("grade-roster").files[0]);
          if ($("grade-name").value.trim()) form.append("grade", $("grade-name").value.trim());
          busy(true);
          try {
            const answer = await api("/api/grades", { method: "POST", body: form });
            grade.id = answer.grade;
            grade.placed = false;
            $("placement-result").replaceChildren();
            for (const list of document.querySelectorAll("fieldset.grade-pairs .pair-list")) list.replaceChildren();
            renderGrade(answer);
            showError(null);
            $("grade-result").scrollIntoView({ behavior: "smooth", block: "start" });
          } catch (error) { showError(error); }
          finally { busy(false); }
        }

        function placedClassCard(c) {
          const alone = new Set(c.withoutChosenFriend.map((m) => m.id));
          const members = c.members.map((m) => el("li", {
            class: alone.has(m.id) ? "alone" : "", text: m.name + (alone.has(m.id) ? " (" + T("withoutChosen") + ")" : "") }));
          return el("div", { class: "card" }, [el("h4", { text: T("newClass") + " " + c.number }), el("ul", {}, members)]);
        }

        function renderPlacement(answer) {
          const doc = answer.placement;
          const parts = answer.ignored.map((text) => el("p", { class: "small", text: text }));
          parts.push(el("div", { class: "group-cards" }, doc.classes.map(placedClassCard)));
          if (doc.unmet.length) parts.push(el("h4", { text: T("unmet") }), el("ul", { class: "unmet" }, doc.unmet.map((u) => el("li", { text: u.text }))));
          else parts.push(el("p", { class: "small", text: T("allMet") }));
          parts.push(el("details", { id: "placement-explanation" }, [el("summary", { text: T("placementExplanation") }),
            el("ul", { class: "messages" }, answer.lines.filter((l) => l.trim()).map((l) => el("li", { text: l.trim() })))]));
          $("placement-result").replaceChildren(...parts);
          grade.placed = true;
          renderGradeDownloads();
        }

        async function makePlacement(event) {
          event.preventDefault();
          const request = {
            classes: Number($("placement-classes").value), balanceGender: $("placement-gender").checked,
            apart: gradeChosen($("placement-apart")), together: gradeChosen($("placement-together")), absent: gradeChosen($("placement-absent")),
          };
          if ($("placement-max").value) request.maxSize = Number($("placement-max").value);
          busy(true);
          try {
            renderPlacement(await api(gradeURL("placement", $("grade-codes").checked ? { labels: "codes" } : {}), {
              method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(request),
            }));
            showError(null);
            $("placement-result").scrollIntoView({ behavior: "smooth", block: "start" });
          } catch (error) { showError(error); }
          finally { busy(false); }
        }

        function setUpGrade() {
          $("grade-form").addEventListener("submit", loadGrade);
          $("placement-form").addEventListener("submit", makePlacement);
          $("grade-codes").addEventListener("change", renderGradeDownloads);
          for (const fieldset of document.querySelectorAll("fieldset.grade-pairs")) {
            fieldset.querySelector(".grade-add").addEventListener("click", () => addGradeChoice(fieldset));
          }
          $("clear").addEventListener("click", () => {
            grade.id = null;
            grade.answer = null;
            $("grade-result").hidden = true;
            $("placement-result").replaceChildren();
            $("grade-form").reset();
          });
          // After a change of language: the summary again in the new language (the placement is made again on request).
          document.addEventListener("sociogram-texts", async () => {
            if (!grade.id) return;
            try { renderGrade(await api(gradeURL("", {}))); } catch (error) { showError(error); }
            $("placement-result").replaceChildren();
            grade.placed = false;
            renderGradeDownloads();
          });
        }

        """#
}
