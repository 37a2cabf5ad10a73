extension PageAssets {
    /// Step 6: an earlier survey of the class, to evaluate the measures (`sociogram compare`).
    static let compare = #"""
        function renderComparison(answer) {
          const parts = [el("ul", { class: "messages" }, answer.lines.filter((l) => l.trim()).map((l) => el("li", { text: l })))];
          parts.push(el("img", { class: "diagram", alt: T("differenceDiagram"), src: sessionURL("difference.svg") }));
          const line = el("p", {}, [el("a", { href: sessionURL("compare.json", { download: "1" }), download: "", text: T("downloadCompare") })]);
          line.append(" · " + T("downloadDifference") + ": ");
          ["png", "svg", "pdf"].forEach((f, i) => {
            if (i) line.append(" · ");
            line.append(el("a", { href: sessionURL("difference." + f, { download: "1" }), download: "", text: f.toUpperCase() }));
          });
          parts.push(line);
          $("compare-result").replaceChildren(...parts);
          $("remove-before").hidden = false;
        }

        async function compareWith(event) {
          event.preventDefault();
          const file = $("before").files[0];
          if (!file) { showError(new Error(T("beforeFile") + ": " + T("noFile"))); return; }
          const form = new FormData();
          form.append("before", file);
          busy(true);
          try {
            renderComparison(await api("/api/sessions/" + state.session + "/before", { method: "POST", body: form }));
            state.compared = true;
            showReport($("pupil").value);
            showError(null);
          } catch (error) { showError(error); }
          finally { busy(false); }
        }

        async function removeBefore() {
          busy(true);
          try {
            await api("/api/sessions/" + state.session + "/before", { method: "DELETE" });
            state.compared = false;
            $("compare-result").replaceChildren();
            $("remove-before").hidden = true;
            $("compare-form").reset();
            showReport($("pupil").value);
          } catch (error) { showError(error); }
          finally { busy(false); }
        }

        function setUpCompare() {
          $("compare-form").addEventListener("submit", compareWith);
          $("remove-before").addEventListener("click", removeBefore);
        }

        """#
}
