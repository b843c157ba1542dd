/// The page's script, part two: problems shown at their fields with their fixes, and the documents.
extension PageAssets {
    static let scriptResults = #"""
        // Results ---------------------------------------------------------------------------------------------------

        function setValue(field, value) {
          const node = document.getElementById(fieldID(field));
          if (!node || node === document.activeElement) return;
          if (node.tagName === "FIELDSET") {
            const chosen = Array.isArray(value) ? value : [value];
            for (const input of node.querySelectorAll("input")) input.checked = chosen.includes(input.value);
          } else if (node.type === "checkbox") {
            node.checked = value === true;
          } else {
            node.value = value === null || value === undefined ? "" : String(value);
          }
        }

        function clearProblems() {
          for (const list of document.querySelectorAll("#cards ul.problems")) list.replaceChildren();
          for (const node of document.querySelectorAll("[aria-invalid]")) node.removeAttribute("aria-invalid");
          for (const node of document.querySelectorAll(".card.has-problem")) node.classList.remove("has-problem");
          for (const row of document.querySelectorAll("#cards tr.record-problems")) row.hidden = true;
        }

        function fixButton(fix) {
          const button = el("button", { type: "button", class: "fix" }, "Fix: " + fix.summary);
          button.addEventListener("click", () => {
            for (const change of fix.changes) {
              state.changes.set(change.field, { value: change.value, type: change.type });
              setValue(change.field, change.value, true);
            }
            say("Applied: " + fix.summary);
            const first = fix.changes.length ? document.getElementById(fieldID(fix.changes[0].field)) : null;
            check().then(() => { if (first) (first.querySelector ? first.querySelector("input") || first : first).focus(); });
          });
          return button;
        }

        function problemItem(problem) {
          const item = el("li", { class: "problem " + problem.severity },
            el("span", { class: "severity" }, problem.severity === "error" ? "Problem: " : problem.severity === "warning" ? "Warning: " : "Note: "),
            problem.message);
          if (problem.explanation) item.append(el("span", { class: "because" }, " (" + problem.explanation + ")"));
          if (problem.citation) item.append(el("span", { class: "rule" }, " Rule: " + problem.citation + "."));
          for (const advice of problem.advice) item.append(el("span", { class: "advice" }, " To fix: " + advice + "."));
          for (const fix of problem.fixes) item.append(" ", fixButton(fix));
          return item;
        }

        function showResult(result) {
          for (const [field, value] of Object.entries(result.values)) setValue(field, value);
          showRecords(result);
          clearProblems();
          const general = document.getElementById("general-problems");
          general.replaceChildren();
          let errors = 0;
          for (const problem of result.problems) {
            if (problem.severity === "error") errors += 1;
            if (problem.record && placeRecordProblem(problem)) continue;
            const list = problem.field ? document.getElementById(problemID(problem.field)) : null;
            if (list) {
              list.append(problemItem(problem));
              const control = document.getElementById(fieldID(problem.field));
              if (problem.severity === "error" && control) {
                if (control.tagName === "FIELDSET") {
                  for (const input of control.querySelectorAll("input")) input.setAttribute("aria-invalid", "true");
                } else {
                  control.setAttribute("aria-invalid", "true");
                }
                control.closest(".card").classList.add("has-problem");
              }
            } else {
              const where = problem.line ? " (line " + problem.line + ")" : "";
              const item = problemItem(problem);
              item.prepend(el("span", { class: "where" }, (problem.field || "the file") + where + ": "));
              general.append(item);
            }
          }
          const verdict = document.getElementById("verdict");
          verdict.className = result.valid ? "valid" : "invalid";
          verdict.textContent = result.valid
            ? "Valid: these choices meet the Rule Book" + (result.problems.length ? " (with " + counted(result.problems.length, "warning or note", "warnings or notes") + ")." : ".")
            : "Not valid: " + counted(errors, "problem", "problems") + " to correct. Each is shown at its field.";
          for (const fix of result.fixes.slice(0, 1)) general.append(el("li", { class: "whole-fix" }, "A change that makes the whole year valid: ", fixButton(fix)));
          showDocument("preview", result.preview, "The standing orders appear once the file loads.");
          const against = result.redlineAgainst || "the file on disk";
          document.getElementById("redline-title").textContent = "Redline against " + against;
          const lastYear = against !== "the file on disk";
          showDocument("redline", result.redline, lastYear || state.file ? "No changes from " + against + "." : "No file on disk to compare with.");
          document.getElementById("unsaved").textContent = state.changes.size + state.lists.size ? counted(state.changes.size + state.lists.size, "unsaved change", "unsaved changes") + "." : "No unsaved changes.";
        }

        // The engine's HTML (escaped by its renderer) goes in as HTML; ids are prefixed so two documents on one page
        // keep them unique, and their navigation landmarks are labelled.
        function showDocument(id, html, empty) {
          const container = document.getElementById(id);
          if (!html) {
            container.replaceChildren(el("p", { class: "empty" }, empty));
            return;
          }
          container.innerHTML = html;
          for (const node of container.querySelectorAll("[id]")) node.id = id + "-" + node.id;
          for (const name of ["aria-labelledby", "aria-describedby", "aria-controls", "for", "headers"]) {
            for (const node of container.querySelectorAll("[" + name + "]")) {
              node.setAttribute(name, node.getAttribute(name).split(/\s+/).filter((part) => part).map((part) => id + "-" + part).join(" "));
            }
          }
          for (const link of container.querySelectorAll('a[href^="#"]')) link.setAttribute("href", "#" + id + "-" + link.getAttribute("href").slice(1));
          for (const nav of container.querySelectorAll("nav")) nav.setAttribute("aria-label", "Contents of the " + id);
          for (const heading of container.querySelectorAll("h1, h2, h3, h4, h5")) {
            const level = Math.min(6, Number(heading.tagName.slice(1)) + 2);
            const replacement = el("h" + level, { id: heading.id || null, class: heading.className || null });
            replacement.append(...heading.childNodes);
            heading.replaceWith(replacement);
          }
        }
        """#
}
