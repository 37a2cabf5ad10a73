/// The report's small script: highlighting a pupil's ties and the question switch.
///
/// It only adds to what the HTML already shows (every text, table and diagram is in the page without
/// it); it reads its data from the JSON element `report-data`, writes text with `textContent` only,
/// and makes no request. A compile-time constant: the Content-Security-Policy allows exactly this
/// text by its SHA-256 hash, so no other script — injected or not — can run in the report.
enum ReportScript {
    static let source: StaticString = """
        (function () {
          "use strict";
          var root = document.documentElement;
          root.classList.add("js");
          var data = { pupils: [], text: {} };
          try { data = JSON.parse(document.getElementById("report-data").textContent); } catch (e) {}
          var info = document.getElementById("info");
          var pinned = -1;
          function all(selector) { return Array.prototype.slice.call(document.querySelectorAll(selector)); }
          function pupilOf(node) {
            var el = node && node.closest ? node.closest("[data-p]") : null;
            if (!el) return -1;
            var p = parseInt(el.getAttribute("data-p"), 10);
            return p >= 0 && p < data.pupils.length ? p : -1;
          }
          function clear() {
            root.classList.remove("focusing");
            all(".hl, .nb").forEach(function (el) { el.classList.remove("hl"); el.classList.remove("nb"); });
            if (info) info.hidden = true;
          }
          function line(label, list) {
            var p = document.createElement("p");
            var b = document.createElement("strong");
            b.textContent = label + ": ";
            p.appendChild(b);
            var names = list.map(function (i) { return data.pupils[i] ? data.pupils[i].label : "?"; });
            p.appendChild(document.createTextNode(names.length ? names.join(", ") : data.text.none));
            return p;
          }
          function describe(p) {
            if (!info) return;
            var pupil = data.pupils[p];
            while (info.firstChild) info.removeChild(info.firstChild);
            var h = document.createElement("p");
            var b = document.createElement("strong");
            b.textContent = pupil.label;
            h.appendChild(b);
            info.appendChild(h);
            info.appendChild(line(data.text.chosenBy, pupil.chosenBy));
            info.appendChild(line(data.text.mutual, pupil.mutual));
            info.appendChild(line(data.text.chose, pupil.chose));
            if (pinned === p) {
              var u = document.createElement("p");
              u.className = "aside";
              u.textContent = data.text.unpin;
              info.appendChild(u);
            }
            info.hidden = false;
          }
          function show(p) {
            clear();
            if (p < 0) return;
            root.classList.add("focusing");
            var key = String(p);
            all('[data-p="' + key + '"]').forEach(function (el) { el.classList.add("hl"); });
            all('[data-a="' + key + '"], [data-b="' + key + '"]').forEach(function (edge) {
              edge.classList.add("hl");
              var other = edge.getAttribute("data-a") === key ? edge.getAttribute("data-b") : edge.getAttribute("data-a");
              var svg = edge.ownerSVGElement;
              var node = svg ? svg.querySelector('g[data-p="' + other + '"]') : null;
              if (node) node.classList.add("nb");
            });
            describe(p);
          }
          document.addEventListener("mouseover", function (e) {
            if (pinned >= 0) return;
            var p = pupilOf(e.target);
            if (p >= 0) show(p);
          });
          document.addEventListener("mouseout", function (e) {
            if (pinned >= 0) return;
            if (pupilOf(e.target) !== pupilOf(e.relatedTarget)) clear();
          });
          function toggle(p) {
            if (p < 0 || pinned === p) { pinned = -1; clear(); return; }
            pinned = p;
            show(p);
          }
          document.addEventListener("click", function (e) {
            if (info && info.contains(e.target)) return;
            if (e.target.closest && e.target.closest(".blank, a, button")) return;
            var p = pupilOf(e.target);
            if (p >= 0 || pinned >= 0) toggle(p);
          });
          document.addEventListener("focusin", function (e) {
            if (pinned >= 0) return;
            var p = pupilOf(e.target);
            if (p >= 0) show(p);
          });
          document.addEventListener("keydown", function (e) {
            if (e.key === "Escape") { pinned = -1; clear(); return; }
            if ((e.key === "Enter" || e.key === " ") && e.target.matches && e.target.matches("tr[data-p]")) {
              e.preventDefault();
              toggle(pupilOf(e.target));
            }
          });
          var buttons = all(".switch button");
          function select(id) {
            all(".qview").forEach(function (view) { view.classList.toggle("off", view.getAttribute("data-q") !== id); });
            buttons.forEach(function (b) { b.setAttribute("aria-pressed", String(b.getAttribute("data-show") === id)); });
          }
          buttons.forEach(function (b) { b.addEventListener("click", function () { select(b.getAttribute("data-show")); }); });
          if (buttons.length) select(buttons[0].getAttribute("data-show"));
          var deep = /^#p([0-9]+)$/.exec(location.hash);
          if (deep) toggle(parseInt(deep[1], 10) < data.pupils.length ? parseInt(deep[1], 10) : -1);
        })();
        """
}
