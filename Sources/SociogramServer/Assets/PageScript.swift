extension PageAssets {
    /// `/app.js`: the page's behaviour. It builds everything with DOM calls and `textContent` (never
    /// HTML from data), talks only to this server, and has no texts of its own (`T(key)`).
    static let script = core + reading + support + groups + seating + compare + kit + grade + downloads

    /// Texts, requests, the status line and loading a survey.
    static let core = #"""
        "use strict";
        const state = { lang: "nb", texts: {}, languages: [], session: null, reading: null, readKinds: {}, groupRequest: null, compared: false };
        const $ = (id) => document.getElementById(id);
        const T = (key) => state.texts[key] || key;

        function el(tag, props, children) {
          const node = document.createElement(tag);
          for (const [k, v] of Object.entries(props || {})) {
            if (k === "text") node.textContent = v;
            else if (k === "class") node.className = v;
            else node.setAttribute(k, v);
          }
          for (const child of children || []) node.append(child);
          return node;
        }

        function busy(on) {
          const status = $("status");
          status.hidden = !on;
          status.textContent = on ? T("working") : "";
          for (const b of document.querySelectorAll("button")) b.disabled = on;
        }

        function say(text) {
          const status = $("status");
          status.hidden = !text;
          status.textContent = text || "";
        }

        async function api(path, options) {
          const url = /[?&]lang=/.test(path) ? path : path + (path.includes("?") ? "&" : "?") + "lang=" + state.lang;
          const response = await fetch(url, Object.assign({ credentials: "same-origin" }, options || {}));
          const type = response.headers.get("content-type") || "";
          const body = type.startsWith("application/json") ? await response.json() : null;
          if (!response.ok) {
            const message = body && body.error ? (body.error.description || body.error.message) : response.status + " " + response.statusText;
            const error = new Error(message);
            error.status = response.status;
            throw error;
          }
          return body;
        }

        function showError(error) {
          $("error").hidden = !error;
          $("error-text").textContent = error ? error.message : "";
          if (error) $("error").scrollIntoView({ block: "nearest" });
        }

        async function loadTexts(lang) {
          const chosen = await fetch("/api/texts" + (lang ? "?lang=" + lang : ""), { credentials: "same-origin" }).then((r) => r.json());
          state.lang = chosen.lang;
          state.texts = chosen.texts;
          state.languages = chosen.languages;
          document.documentElement.lang = chosen.lang;
          document.title = T("pageTitle");
          for (const node of document.querySelectorAll("[data-t]")) node.textContent = T(node.dataset.t);
          for (const node of document.querySelectorAll("[data-title]")) node.title = T(node.dataset.title);
          for (const node of document.querySelectorAll("[data-label]")) node.setAttribute("aria-label", T(node.dataset.label));
          const select = $("lang");
          select.replaceChildren(...state.languages.map((l) => el("option", { value: l.code, text: l.name })));
          select.value = state.lang;
          document.dispatchEvent(new CustomEvent("sociogram-texts"));
          return chosen;
        }

        function browserLanguage(serverLang) {
          for (const tag of navigator.languages || [navigator.language || ""]) {
            const t = tag.toLowerCase();
            if (t.startsWith("nn")) return "nn";
            if (t.startsWith("nb") || t.startsWith("no")) return "nb";
            if (t.startsWith("en")) return "en";
          }
          return serverLang;
        }

        async function opened(answer) {
          state.session = answer.session;
          state.reading = answer.reading;
          // The kinds as read from the file: only a kind the teacher changes from these is sent back.
          state.readKinds = Object.fromEntries(answer.reading.questions.map((q) => [q.id, q.kind]));
          state.groupRequest = null;
          showError(null);
          renderReading();
          $("pupil").value = "";
          renderPupilMenus();
          $("groups-result").replaceChildren();
          $("support").hidden = true;
          showReport("");
          renderDownloads();
          for (const id of ["reading", "report", "groups", "compare", "downloads"]) $(id).hidden = false;
          $("compare-result").replaceChildren();
          $("remove-before").hidden = true;
          state.compared = false;
          resetSeating(false);
          $("reading").scrollIntoView({ behavior: "smooth", block: "start" });
        }

        async function upload(survey, roster) {
          const form = new FormData();
          form.append("survey", survey);
          if (roster) form.append("roster", roster);
          busy(true);
          try { await opened(await api("/api/sessions", { method: "POST", body: form })); }
          catch (error) { showError(error); }
          finally { busy(false); }
        }

        async function tryExample() {
          busy(true);
          try { await opened(await api("/api/sessions/example", { method: "POST" })); }
          catch (error) { showError(error); }
          finally { busy(false); }
        }

        async function clearAll() {
          busy(true);
          try { await api("/api/sessions", { method: "DELETE" }); } catch (error) { /* nothing left to clear */ }
          busy(false);
          state.session = null;
          state.reading = null;
          for (const id of ["reading", "report", "groups", "compare", "downloads"]) $(id).hidden = true;
          $("seating").hidden = true;
          state.seating = null;
          $("report-frame").removeAttribute("src");
          $("upload").reset();
          showError(null);
          say(T("cleared"));
          window.scrollTo(0, 0);
        }

        function setUpLoading() {
          $("upload").addEventListener("submit", (event) => {
            event.preventDefault();
            const survey = $("survey").files[0];
            if (!survey) { showError(new Error(T("surveyFile") + ": " + T("noFile"))); return; }
            upload(survey, $("roster").files[0]);
          });
          $("example").addEventListener("click", tryExample);
          $("clear").addEventListener("click", clearAll);
          const drop = $("drop");
          drop.addEventListener("dragover", (event) => { event.preventDefault(); drop.classList.add("over"); });
          drop.addEventListener("dragleave", () => drop.classList.remove("over"));
          drop.addEventListener("drop", (event) => {
            event.preventDefault();
            drop.classList.remove("over");
            const files = event.dataTransfer.files;
            if (files.length > 0) upload(files[0], files[1] || $("roster").files[0]);
          });
          $("lang").addEventListener("change", async () => {
            await loadTexts($("lang").value);
            if (state.session) {
              try { state.reading = (await api("/api/sessions/" + state.session)).reading; } catch (error) { showError(error); return; }
              renderReading();
              renderPupilMenus();
              showReport($("pupil").value);
              renderDownloads();
              if ($("pupil").value) showSupport($("pupil").value);
              $("groups-result").replaceChildren();
              seatingLanguageChanged();
              if (state.compared) {
                try { renderComparison(await api("/api/sessions/" + state.session + "/comparison")); } catch (error) { showError(error); }
              }
            }
          });
        }

        """#
}
