extension PageAssets {
    /// Step 5: downloads, with names or pseudonymised (codes, and the code key apart); then start-up.
    static let downloads = #"""
        function renderDownloads() {
          if (!state.session) return;
          const coded = $("pseudonymised").checked;
          const labels = coded ? { labels: "codes" } : {};
          const pupil = $("pupil").value;
          const link = (text, file, extra) =>
            el("li", {}, [el("a", { href: sessionURL(file, Object.assign({ download: "1" }, labels, extra || {})), download: "", text: text })]);
          const items = [
            el("li", {}, [el("span", { text: T("downloadSociogram") + ": " })].concat(["png", "svg", "pdf"].flatMap((f, i) => {
              const a = el("a", { href: sessionURL("sociogram." + f, Object.assign({ download: "1" }, labels)), download: "", text: f.toUpperCase() });
              return i ? [" · ", a] : [a];
            }))),
            link(T("downloadReport"), "report.html", pupil ? { pupil: pupil } : {}),
            link(T("downloadAnalysis"), "analysis.json"),
            link(T("downloadPupils"), "pupils.csv"),
          ];
          if (coded) {
            const key = link(T("downloadKey"), "code-key.csv");
            key.className = "key";
            items.push(key);
          }
          $("download-links").replaceChildren(...items);
          $("labels-note").textContent = coded ? T("pseudonymisedHelp") : T("namesWarning");
        }

        async function start() {
          const first = await loadTexts("");
          const wanted = browserLanguage(first.serverLang);
          if (wanted !== state.lang) await loadTexts(wanted);
          setUpLoading();
          setUpReading();
          setUpSupport();
          setUpGroups();
          setUpSeating();
          setUpCompare();
          setUpKit();
          setUpGrade();
          $("pseudonymised").addEventListener("change", renderDownloads);
          $("pupil").addEventListener("change", renderDownloads);
        }

        document.addEventListener("DOMContentLoaded", start);

        """#
}
