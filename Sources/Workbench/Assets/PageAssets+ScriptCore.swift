/// The page's script, part one: requests, the check on every change, and the cards built from the edition.
extension PageAssets {
    static let scriptCore = #"""
        "use strict";
        // The AGM workbench page: plain script, no framework. Every text from the menu or the file goes in with
        // textContent; only the standing orders and redlines, rendered and escaped by the engine, use innerHTML.
        const token = document.querySelector('meta[name="clpconf-token"]').getAttribute("content");
        const state = { text: null, file: null, edition: null, model: null, changes: new Map(), lists: new Set(), rows: new Map(), rendered: new Map(), amendment: [], timer: 0, sequence: 0, last: null };

        function el(tag, attributes, ...children) {
          const node = document.createElement(tag);
          for (const [name, value] of Object.entries(attributes || {})) {
            if (value === null || value === undefined || value === false) continue;
            node.setAttribute(name, value === true ? "" : String(value));
          }
          for (const child of children) {
            if (child === null || child === undefined) continue;
            node.append(typeof child === "string" ? document.createTextNode(child) : child);
          }
          return node;
        }

        function fieldID(field) { return "f-" + field.replace(/[^A-Za-z0-9_]/g, "--"); }
        function problemID(field) { return "p-" + field.replace(/[^A-Za-z0-9_]/g, "--"); }
        function say(text) { document.getElementById("status").textContent = text; }
        // A number and the word that fits it, as the menus' plural() writes it: "1 problem", "3 problems".
        function counted(number, one, many) { return number + " " + (number === 1 ? one : many); }

        async function call(method, path, body) {
          const options = { method, headers: {} };
          if (body !== undefined) {
            options.headers["Content-Type"] = "application/json";
            options.headers["X-CLPConf-Token"] = token;
            options.body = JSON.stringify(body);
          }
          const response = await fetch(path, options);
          const answer = await response.json();
          if (!response.ok) throw new Error(answer.error || ("the server answered " + response.status));
          return answer;
        }

        function changeList() {
          const values = Array.from(state.changes, ([field, change]) => ({ field, value: change.value, type: change.type }));
          return values.concat(listChanges());
        }

        function setChange(field, value, type) {
          if (value === undefined) state.changes.delete(field); else state.changes.set(field, { value, type });
          scheduleCheck();
        }

        function scheduleCheck() {
          clearTimeout(state.timer);
          state.timer = setTimeout(check, 150);
        }

        async function check() {
          if (state.text === null) return;
          const sequence = ++state.sequence;
          try {
            const result = await call("POST", "/api/check", { text: state.text, changes: changeList() });
            if (sequence !== state.sequence) return;
            state.last = result;
            showResult(result);
          } catch (error) {
            say("Not checked: " + error.message);
          }
        }

        // Cards -----------------------------------------------------------------------------------------------------

        function settingInput(setting, describedBy) {
          const id = fieldID(setting.field);
          const common = { id, "aria-describedby": describedBy, "data-field": setting.field, "data-type": setting.type };
          let input;
          if (setting.type === "boolean") {
            input = el("input", Object.assign({ type: "checkbox" }, common));
          } else if (setting.type === "integer") {
            input = el("input", Object.assign({ type: "number", step: 1, min: setting.min, max: setting.max, inputmode: "numeric" }, common));
          } else if (setting.type === "choice") {
            input = el("select", common, el("option", { value: "" }, "(not set)"), ...setting.choices.map((c) => el("option", { value: c }, c)));
          } else if (setting.type === "date") {
            input = el("input", Object.assign({ type: "date" }, common));
          } else {
            input = el("input", Object.assign({ type: "text" }, common));
          }
          input.addEventListener("change", () => readInput(input));
          if (input.type === "number" || input.type === "text") input.addEventListener("input", () => readInput(input));
          return input;
        }

        function readInput(input) {
          const field = input.dataset.field;
          const type = input.dataset.type;
          if (type === "boolean") return setChange(field, input.checked, "value");
          if (input.value === "") return setChange(field, undefined);
          if (type === "integer") {
            const number = Number(input.value);
            return setChange(field, Number.isInteger(number) ? number : input.value, "value");
          }
          setChange(field, input.value, type === "date" ? "date" : "value");
        }

        function hint(setting) {
          const parts = [];
          if (setting.min !== null && setting.min !== undefined && setting.max !== null && setting.max !== undefined) parts.push("from " + setting.min + " to " + setting.max);
          if (setting.unit) parts.push(setting.unit);
          if (setting.default !== null && setting.default !== undefined) parts.push("default " + (Array.isArray(setting.default) ? setting.default.join(", ") : String(setting.default)));
          return parts.join("; ");
        }

        function settingRow(setting) {
          const id = fieldID(setting.field);
          const hintID = id + "-hint";
          const problems = el("ul", { id: problemID(setting.field), class: "problems", "aria-live": "polite" });
          const input = settingInput(setting, hintID + " " + problems.id);
          const row = el("div", { class: "setting" },
            el("label", { for: id }, setting.title),
            input,
            el("span", { id: hintID, class: "hint" }, hint(setting)),
            problems);
          if (setting.advice) row.append(el("details", {}, el("summary", {}, "Advice: " + setting.title), el("p", {}, setting.advice)));
          return row;
        }

        function optionsGroup(section) {
          const multiple = section.choose === "any";
          const problems = el("ul", { id: problemID(section.field), class: "problems", "aria-live": "polite" });
          const group = el("fieldset", { id: fieldID(section.field), class: "options", "data-field": section.field, "aria-describedby": problems.id },
            el("legend", {}, multiple ? "Options (choose any)" : "Option (choose one)"));
          for (const option of section.options) {
            const id = fieldID(section.field) + "-" + option.id;
            const input = el("input", { type: multiple ? "checkbox" : "radio", name: section.field, id, value: option.id });
            input.addEventListener("change", () => readOptions(section, group));
            group.append(el("div", { class: "option" },
              input, el("label", { for: id }, option.title),
              el("p", { class: "summary" }, option.summary),
              option.advice ? el("details", {}, el("summary", {}, "Advice: " + option.title), el("p", {}, option.advice)) : null));
          }
          group.append(problems);
          return group;
        }

        function readOptions(section, group) {
          const checked = Array.from(group.querySelectorAll("input:checked")).map((input) => input.value);
          if (section.choose === "any") setChange(section.field, checked, "value");
          else if (checked.length) setChange(section.field, checked[0], "value");
        }

        // The first paragraph of a section's Markdown introduction, without its emphasis marks (shown as text).
        function plainIntro(markdown) {
          return markdown.split("\n\n")[0].replace(/\*\*|__|`/g, "").replace(/\[([^\]]*)\]\([^)]*\)/g, "$1");
        }

        function card(id, title, intro, ...contents) {
          const headingID = "h-" + id;
          return el("section", { class: "card", id: "card-" + id, "aria-labelledby": headingID },
            el("h3", { id: headingID }, title),
            intro ? el("p", { class: "intro" }, intro) : null,
            ...contents);
        }

        function buildCards(model) {
          const cards = document.getElementById("cards");
          cards.replaceChildren();
          const identity = [
            { field: "clp.name", title: "CLP name", type: "string" },
            { field: "clp.region", title: "Region", type: "string" },
            { field: "agm.date", title: "AGM date", type: "date" },
          ];
          const facts = model.facts.filter((fact) => fact.type !== "list");
          cards.append(card("facts", "The CLP and its facts", "What the CLP is: the Rule Book's rules read these.",
            ...identity.map(settingRow), ...facts.map(settingRow)));
          state.rows.clear();
          state.rendered.clear();
          for (const list of model.lists || []) cards.append(listCard(list));
          for (const section of model.sections) {
            const parts = [];
            if (section.field) parts.push(optionsGroup(section));
            for (const setting of section.settings) parts.push(settingRow(setting));
            cards.append(card(section.id, section.title, plainIntro(section.intro), ...parts));
          }
          fillAmendmentFields(model);
        }
        """#
}
