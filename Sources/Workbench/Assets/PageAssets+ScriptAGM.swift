/// The page's script, part three: AGM mode (an amendment, its check and its adoption), saving, start-up.
extension PageAssets {
    static let scriptAGM = #"""
        // AGM mode --------------------------------------------------------------------------------------------------

        function fillAmendmentFields(model) {
          const select = document.getElementById("amend-field");
          select.replaceChildren();
          for (const section of model.sections) {
            const group = el("optgroup", { label: section.title });
            if (section.field) group.append(el("option", { value: section.field, "data-type": section.choose === "any" ? "list" : "string" }, section.title + ": option" + (section.choose === "any" ? "s" : "")));
            for (const setting of section.settings) group.append(el("option", { value: setting.field, "data-type": setting.type }, setting.title));
            select.append(group);
          }
        }

        function amendmentValue(type, text) {
          if (type === "integer" && /^-?[0-9]+$/.test(text.trim())) return Number(text.trim());
          if (type === "boolean" && /^(true|false|yes|no)$/i.test(text.trim())) return /^(true|yes)$/i.test(text.trim());
          if (type === "list") return text.split(",").map((part) => part.trim()).filter((part) => part.length);
          return text.trim();
        }

        function showAmendmentList() {
          const list = document.getElementById("amend-list");
          list.replaceChildren();
          state.amendment.forEach((change, index) => {
            const remove = el("button", { type: "button" }, "Remove: " + change.label);
            remove.addEventListener("click", () => { state.amendment.splice(index, 1); showAmendmentList(); });
            list.append(el("li", {}, change.label + " = " + (Array.isArray(change.value) ? change.value.join(", ") : String(change.value)) + " ", remove));
          });
          document.getElementById("amend-check").disabled = state.amendment.length === 0;
          document.getElementById("adopt").disabled = state.amendment.length === 0 || !state.file;
        }

        function addAmendmentChange() {
          const select = document.getElementById("amend-field");
          const option = select.selectedOptions[0];
          const text = document.getElementById("amend-value").value;
          if (!option || text.trim() === "") { say("Choose a setting and type its new value first."); return; }
          const type = option.dataset.type;
          state.amendment = state.amendment.filter((change) => change.field !== option.value);
          state.amendment.push({ field: option.value, value: amendmentValue(type, text), type: type === "date" ? "date" : "value", label: option.textContent });
          document.getElementById("amend-value").value = "";
          showAmendmentList();
          say("Change added to the amendment.");
        }

        function amendmentBody() {
          return { text: state.text, changes: changeList(), amendment: state.amendment.map(({ field, value, type }) => ({ field, value, type })) };
        }

        async function checkAmendment() {
          const result = document.getElementById("amend-result");
          try {
            const answer = await call("POST", "/api/amendment", amendmentBody());
            result.replaceChildren(
              el("p", { class: answer.validAfter ? "valid" : "invalid" }, "If adopted, " + answer.verdict + "."),
              el("ul", {}, ...answer.amendments.map((text) => el("li", {}, text))));
            if (answer.newlyBroken.length) result.append(el("p", {}, "It would break:"), el("ul", {}, ...answer.newlyBroken.map((text) => el("li", { class: "problem error" }, text))));
            if (answer.nowMet.length) result.append(el("p", {}, "It would put right:"), el("ul", {}, ...answer.nowMet.map((text) => el("li", {}, text))));
            if (answer.changedClauses.length) result.append(el("p", {}, "Standing orders that change: " + answer.changedClauses.join("; ") + "."));
            const redline = el("div", { id: "amend-redline", class: "document" });
            result.append(el("h3", {}, "Redline of the amendment"), redline);
            showDocument("amend-redline", answer.redline, "The amendment changes no standing order.");
            say("Amendment checked: " + answer.verdict + ".");
          } catch (error) {
            result.replaceChildren(el("p", { class: "invalid" }, "The amendment cannot be checked: " + error.message));
          }
        }

        async function adoptAmendment() {
          const body = amendmentBody();
          body.movedBy = document.getElementById("mover").value.trim();
          for (const [key, id] of [["votesFor", "votes-for"], ["votesAgainst", "votes-against"], ["abstaining", "votes-abstaining"]]) body[key] = Number(document.getElementById(id).value || "0");
          if (!body.movedBy) { say("Enter who moved the amendment before adopting it."); document.getElementById("mover").focus(); return; }
          try {
            const answer = await call("POST", "/api/adopt", body);
            state.amendment = [];
            showAmendmentList();
            document.getElementById("amend-result").replaceChildren(el("p", { class: "valid" }, "Adopted at " + answer.adoptedAt + " and written to " + state.file + "."));
            await reload();
            await check();
            say("Amendment adopted and saved.");
          } catch (error) {
            say("Not adopted: " + error.message);
          }
        }

        // Session ---------------------------------------------------------------------------------------------------

        async function reload() {
          const session = await call("GET", "/api/session");
          state.file = session.file;
          state.changes.clear();
          state.lists.clear();
          state.text = session.text;
          return session;
        }

        async function openEdition(id) {
          state.model = await call("POST", "/api/edition", { edition: id });
          state.edition = id;
          buildCards(state.model);
          document.getElementById("edition-name").textContent = state.model.title;
          await check();
        }

        async function startNew() {
          const id = document.getElementById("edition-select").value;
          const answer = await call("POST", "/api/template", { edition: id, year: new Date().getFullYear() });
          state.text = answer.text;
          state.changes.clear();
          state.lists.clear();
          await openEdition(id);
          say("A new set of choices on edition " + id + " (not saved" + (state.file ? "; Save writes it to " + state.file : "") + ").");
        }

        async function save() {
          try {
            await call("POST", "/api/save", { text: state.text, changes: changeList() });
            await reload();
            await check();
            say("Saved to " + state.file + " (the previous version is kept beside it).");
          } catch (error) {
            say("Not saved: " + error.message);
          }
        }

        function toggleLargeType() {
          const button = document.getElementById("large-type");
          const on = document.documentElement.classList.toggle("large");
          button.setAttribute("aria-pressed", on ? "true" : "false");
        }

        async function start() {
          document.getElementById("large-type").addEventListener("click", toggleLargeType);
          document.getElementById("save").addEventListener("click", save);
          document.getElementById("new-file").addEventListener("click", () => startNew().catch((error) => say(error.message)));
          document.getElementById("amend-add").addEventListener("click", addAmendmentChange);
          document.getElementById("amend-check").addEventListener("click", checkAmendment);
          document.getElementById("adopt").addEventListener("click", adoptAmendment);
          try {
            const session = await reload();
            const select = document.getElementById("edition-select");
            select.replaceChildren(...session.editions.map((id) => el("option", { value: id }, id)));
            document.getElementById("file-name").textContent = session.file ? session.file : "no file (start a new one from an edition)";
            document.getElementById("save").disabled = !session.file;
            showAmendmentList();
            if (session.text !== null && session.edition) {
              select.value = session.edition;
              await openEdition(session.edition);
              say("Opened " + session.file + ".");
            } else {
              say("Choose an edition and start a new set of choices.");
            }
          } catch (error) {
            say("The workbench could not start: " + error.message);
          }
        }

        document.addEventListener("DOMContentLoaded", start);
        """#
}
