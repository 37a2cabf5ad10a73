extension PageAssets {
    /// Before the survey: the survey kit from a class list (`sociogram kit`), downloaded as one zip.
    static let kit = #"""
        async function makeKit(event) {
          event.preventDefault();
          if (!$("kit-roster").files[0]) { showError(new Error(T("kitRoster") + ": " + T("noFile"))); return; }
          busy(true);
          try {
            const response = await fetch("/api/kit?lang=" + state.lang, { method: "POST", body: new FormData($("kit-form")), credentials: "same-origin" });
            if (!response.ok) {
              const body = await response.json().catch(() => null);
              throw new Error(body && body.error ? (body.error.description || body.error.message) : response.status + " " + response.statusText);
            }
            const disposition = response.headers.get("content-disposition") || "";
            const encoded = disposition.split("filename*=UTF-8''")[1];
            const name = encoded ? decodeURIComponent(encoded) : "kit.zip";
            const link = el("a", { id: "kit-link", href: URL.createObjectURL(await response.blob()), download: name, text: T("kitDownload") + " (" + name + ")" });
            $("kit-result").replaceChildren(link);
            link.click();
            showError(null);
          } catch (error) { showError(error); }
          finally { busy(false); }
        }

        function setUpKit() {
          $("kit-form").addEventListener("submit", makeKit);
        }

        """#
}
