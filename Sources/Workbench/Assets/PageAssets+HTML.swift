/// The page itself; `{{TOKEN}}` is replaced by the session's token.
extension PageAssets {
    static let html = #"""
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="clpconf-token" content="{{TOKEN}}">
        <title>CLP workbench</title>
        <link rel="stylesheet" href="/workbench.css">
        <link rel="icon" href="/icon.svg" type="image/svg+xml">
        <script src="/workbench.js" defer></script>
        </head>
        <body>
        <a class="skip" href="#cards">Skip to the choices</a>
        <header class="bar">
          <h1>CLP workbench</h1>
          <p>File: <strong id="file-name">…</strong>. Edition: <strong id="edition-name">none yet</strong>. <span id="unsaved">No unsaved changes.</span></p>
          <div class="tools">
            <label for="edition-select">Edition for a new file</label>
            <select id="edition-select"></select>
            <button id="new-file" type="button">Start a new set of choices</button>
            <button id="save" type="button">Save to the file</button>
            <button id="large-type" type="button" aria-pressed="false">Large type (projector)</button>
          </div>
          <p id="status" role="status" aria-live="polite"></p>
        </header>
        <main>
          <div class="layout">
            <div class="choices">
              <section id="summary" aria-labelledby="summary-title">
                <h2 id="summary-title">Check against the Rule Book</h2>
                <p id="verdict">Not checked yet.</p>
                <ul id="general-problems" class="problems"></ul>
              </section>
              <section id="agm" aria-labelledby="agm-title">
                <h2 id="agm-title">AGM mode: an amendment from the floor</h2>
                <p>Enter each change the amendment makes, check it, then record the vote and adopt it.</p>
                <div class="row">
                  <label for="amend-field">Setting</label>
                  <select id="amend-field"></select>
                  <label for="amend-value">New value</label>
                  <input id="amend-value" type="text" aria-describedby="amend-value-hint">
                  <button id="amend-add" type="button">Add this change</button>
                </div>
                <p id="amend-value-hint" class="hint">For options chosen from a list, separate the option ids with commas.</p>
                <h3>Changes in the amendment</h3>
                <ul id="amend-list"></ul>
                <button id="amend-check" type="button">Check the amendment</button>
                <div id="amend-result" aria-live="polite"></div>
                <fieldset class="adopt">
                  <legend>Record the vote and adopt</legend>
                  <label for="mover">Moved by</label> <input id="mover" type="text" autocomplete="off">
                  <label for="votes-for">Votes for</label> <input id="votes-for" type="number" min="0" step="1" value="0">
                  <label for="votes-against">Against</label> <input id="votes-against" type="number" min="0" step="1" value="0">
                  <label for="votes-abstaining">Abstaining</label> <input id="votes-abstaining" type="number" min="0" step="1" value="0">
                  <button id="adopt" type="button">Adopt and save</button>
                </fieldset>
              </section>
              <section aria-labelledby="cards-title">
                <h2 id="cards-title">The year's choices</h2>
                <div id="cards" tabindex="-1"></div>
              </section>
            </div>
            <div class="documents">
              <section aria-labelledby="preview-title">
                <h2 id="preview-title">Standing orders (live preview)</h2>
                <div id="preview" class="document"></div>
              </section>
              <section aria-labelledby="redline-title">
                <h2 id="redline-title">Redline against the file on disk</h2>
                <div id="redline" class="document"></div>
              </section>
            </div>
          </div>
        </main>
        </body>
        </html>
        """#
}
