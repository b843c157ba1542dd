/// The page's script, the lists: branches, affiliates and officers, each a table with a row per record, sent
/// to the server as one list change whenever a row is edited, added or removed.
extension PageAssets {
    static let scriptLists = #"""
        // Lists -----------------------------------------------------------------------------------------------------

        function listKey(name) { return name.replace(/[^A-Za-z0-9_]/g, "--"); }
        function rowProblemID(name, index) { return "p-rec-" + listKey(name) + "-" + index; }
        function cellID(name, index, field) { return "r-" + listKey(name) + "-" + index + "-" + field; }
        function listModel(name) { return (state.model.lists || []).find((list) => list.list === name); }

        // "branch Northgate", "officer A. Patel (Chair)", "affiliate 3" for a record with no name yet.
        function recordLabel(list, record, index) {
          const name = typeof record.name === "string" && record.name.trim() ? record.name.trim() : String(index + 1);
          const post = list.fields.find((field) => field.id === "post" && field.type === "choice");
          const chosen = post && typeof record.post === "string" && record.post ? post.choices.find((choice) => choice.id === record.post) : null;
          const postTitle = chosen ? chosen.title : post && record.post ? record.post : null;
          return list.noun + " " + name + (postTitle ? " (" + postTitle + ")" : "");
        }

        function columnTitle(field) {
          const range = field.type === "integer" && field.min !== null && field.max !== null ? " (" + field.min + " to " + field.max + ")" : "";
          return field.title + range;
        }

        function listCard(list) {
          const key = listKey(list.list);
          const head = el("tr", {}, el("th", { scope: "col" }, "No."),
            ...list.fields.map((field) => el("th", { scope: "col", class: "col-" + field.type }, columnTitle(field))),
            el("th", { scope: "col" }, "Remove"));
          const table = el("table", { class: "records", id: "table-" + key, "aria-labelledby": "h-list-" + key },
            el("thead", {}, head), el("tbody", { id: "rows-" + key }));
          const article = /^[aeiou]/i.test(list.noun) ? "an " : "a ";
          const add = el("button", { type: "button", class: "add-record", id: "add-" + key }, "Add " + article + list.noun);
          add.addEventListener("click", () => addRecord(list));
          const problems = el("ul", { id: "p-list-" + key, class: "problems", "aria-live": "polite" });
          return card("list-" + key, list.title, "One row for each " + list.noun + ". Changes are checked as you type.",
            el("div", { class: "table-wrap" }, table), add, problems);
        }

        function recordInput(list, field, record, index, describedBy) {
          const value = record[field.id];
          const common = { id: cellID(list.list, index, field.id), "aria-describedby": describedBy, "data-index": index, "data-field": field.id };
          let input;
          if (field.type === "boolean") {
            input = el("input", Object.assign({ type: "checkbox" }, common));
            input.checked = value === true;
          } else if (field.type === "choice") {
            const options = [el("option", { value: "" }, "(choose)"), ...field.choices.map((choice) => el("option", { value: choice.id }, choice.title))];
            if (typeof value === "string" && value && !field.choices.some((choice) => choice.id === value)) options.push(el("option", { value }, value + " (not in this edition)"));
            input = el("select", common, ...options);
            input.value = typeof value === "string" ? value : "";
          } else {
            const kinds = { integer: { type: "number", step: 1, min: field.min, max: field.max, inputmode: "numeric" }, date: { type: "date" } };
            input = el("input", Object.assign({}, kinds[field.type] || { type: "text", maxlength: 500 }, common));
            input.value = value === null || value === undefined || typeof value === "boolean" ? "" : String(value);
          }
          input.addEventListener("change", () => readRecordInput(list, input));
          if (input.type === "number" || input.type === "text") input.addEventListener("input", () => readRecordInput(list, input));
          return input;
        }

        function recordRows(list, record, index) {
          const problems = el("ul", { id: rowProblemID(list.list, index), class: "problems", "aria-live": "polite" });
          const remove = el("button", { type: "button", class: "remove-record" }, "Remove");
          remove.addEventListener("click", () => removeRecord(list, index));
          const row = el("tr", { class: "record", "data-index": index }, el("th", { scope: "row" }, String(index + 1)),
            ...list.fields.map((field) => el("td", {}, recordInput(list, field, record, index, problems.id))),
            el("td", {}, remove));
          const problemRow = el("tr", { class: "record-problems", hidden: true }, el("td", { colspan: list.fields.length + 2 }, problems));
          return [row, problemRow];
        }

        function renderRows(list) {
          const rows = state.rows.get(list.list) || [];
          const body = document.getElementById("rows-" + listKey(list.list));
          body.replaceChildren(...rows.flatMap((record, index) => recordRows(list, record, index)));
          relabel(list);
        }

        // Every control says which record it belongs to; a label two rows share gets its row number.
        function relabel(list) {
          const rows = state.rows.get(list.list) || [];
          const labels = rows.map((record, index) => recordLabel(list, record, index));
          labels.forEach((label, index) => {
            const unique = labels.indexOf(label) === labels.lastIndexOf(label) ? label : label + ", row " + (index + 1);
            for (const field of list.fields) {
              const input = document.getElementById(cellID(list.list, index, field.id));
              if (input) input.setAttribute("aria-label", field.title + ", " + unique);
            }
            const row = document.querySelector("#rows-" + listKey(list.list) + ' tr.record[data-index="' + index + '"]');
            if (row) row.querySelector("button.remove-record").setAttribute("aria-label", "Remove " + unique);
          });
        }

        function readRecordInput(list, input) {
          const record = (state.rows.get(list.list) || [])[Number(input.dataset.index)];
          const field = list.fields.find((candidate) => candidate.id === input.dataset.field);
          if (!record || !field) return;
          if (field.type === "boolean") record[field.id] = input.checked;
          else if (field.type === "string") record[field.id] = input.value;
          else if (input.value === "") delete record[field.id];
          else if (field.type === "integer") {
            const number = Number(input.value);
            if (Number.isInteger(number)) record[field.id] = number; else delete record[field.id];
          } else record[field.id] = input.value;
          if (field.id === "name" || field.id === "post") relabel(list);
          listChanged(list);
        }

        function listChanged(list) {
          state.lists.add(list.list);
          state.sequence += 1; // an answer already on its way describes the rows as they were
          scheduleCheck();
        }

        function addRecord(list) {
          const rows = state.rows.get(list.list) || [];
          const record = {};
          for (const field of list.fields) if (field.type === "boolean") record[field.id] = false;
          rows.push(record);
          state.rows.set(list.list, rows);
          renderRows(list);
          listChanged(list);
          document.getElementById(cellID(list.list, rows.length - 1, list.fields[0].id)).focus();
          say("Added " + list.noun + " row " + rows.length + ".");
        }

        function removeRecord(list, index) {
          const rows = state.rows.get(list.list) || [];
          if (!rows[index]) return;
          const label = recordLabel(list, rows[index], index);
          rows.splice(index, 1);
          renderRows(list);
          listChanged(list);
          const key = listKey(list.list);
          // The focus goes to the first field of the row that takes its place (never to another Remove button, so a
          // second key press cannot remove a second row), or to the Add button after the last row.
          const next = rows[index] ? document.getElementById(cellID(list.list, index, list.fields[0].id)) : null;
          (next || document.getElementById("add-" + key)).focus();
          say("Removed " + label + ".");
        }

        // What is sent: each record's fields of the right kind only (the file may hold others, which the engine
        // reports; the list written back has the fields the edition declares).
        function listChanges() {
          return Array.from(state.lists, (name) => {
            const list = listModel(name);
            const records = (state.rows.get(name) || []).map((record) => {
              const out = {};
              for (const field of list.fields) {
                const value = record[field.id];
                const fits = field.type === "boolean" ? typeof value === "boolean"
                  : field.type === "integer" ? Number.isInteger(value)
                  : field.type === "date" ? typeof value === "string" && /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(value)
                  : typeof value === "string" && (field.type !== "choice" || value !== "");
                if (fits) out[field.id] = value;
              }
              return out;
            });
            return { list: name, records };
          });
        }

        // The rows as the file has them, unless the page holds unsent or unsaved edits of that list.
        function showRecords(result) {
          for (const list of state.model.lists || []) {
            if (state.lists.has(list.list)) continue;
            const records = (result.records && result.records[list.list]) || [];
            const text = JSON.stringify(records);
            if (state.rendered.get(list.list) === text) continue;
            state.rendered.set(list.list, text);
            state.rows.set(list.list, records.map((record) => Object.assign({}, record)));
            renderRows(list);
          }
        }

        // A problem in a list: at its record's row (and field), or under the table when it is about the whole list.
        function placeRecordProblem(problem) {
          const where = problem.record;
          const key = listKey(where.list);
          const card = document.getElementById("card-list-" + key);
          if (!card) return false;
          const error = problem.severity === "error";
          if (where.index === null || where.index === undefined) {
            document.getElementById("p-list-" + key).append(problemItem(problem));
          } else {
            if (!document.getElementById(rowProblemID(where.list, where.index))) return false;
            // At its record's row, and at each other record it names (the second holder of a post).
            for (const index of [where.index].concat(where.others || [])) {
              const list = document.getElementById(rowProblemID(where.list, index));
              if (!list) continue;
              list.append(problemItem(problem));
              list.closest("tr").hidden = false;
              const row = list.closest("tr").previousElementSibling;
              const input = where.field ? document.getElementById(cellID(where.list, index, where.field)) : null;
              if (error) for (const control of input ? [input] : row.querySelectorAll("input, select")) control.setAttribute("aria-invalid", "true");
            }
          }
          if (error) card.classList.add("has-problem");
          return true;
        }
        """#
}
