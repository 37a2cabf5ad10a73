/// The page's HTML, its style and its script, served by the app itself (`/`, `/app.css`, `/app.js`):
/// no build step, nothing fetched from elsewhere, no inline script or style (the policy forbids them).
/// Every text is filled in by the script from `GET /api/texts` (`data-t` names the key).
enum PageAssets {
    static let html = #"""
        <!DOCTYPE html>
        <html lang="nb">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="referrer" content="no-referrer">
        <meta name="robots" content="noindex, nofollow">
        <title>Sosiogram</title>
        <link rel="stylesheet" href="/app.css">
        <script src="/app.js" defer></script>
        </head>
        <body>
        <header class="top">
          <div class="brand">
            <h1 data-t="appName">Sosiogram</h1>
            <p class="tagline" data-t="tagline"></p>
          </div>
          <div class="controls">
            <label for="lang" data-t="language"></label>
            <select id="lang"></select>
            <button type="button" id="clear" class="secondary" data-t="clearAll"></button>
          </div>
        </header>
        <main>
        <p id="status" class="status" role="status" aria-live="polite" hidden></p>

        <section id="load" class="step" aria-labelledby="h-load">
          <h2 id="h-load" data-t="step1"></h2>
          <form id="upload">
            <div class="drop" id="drop">
              <p class="drop-title" data-t="dropHere"></p>
              <label for="survey" class="drop-label" data-t="dropOr"></label>
              <input type="file" id="survey" name="survey" accept=".csv,.tsv,.txt,.xlsx,.zip">
              <p class="small" data-t="formats"></p>
            </div>
            <div class="row">
              <label for="roster" data-t="rosterFile"></label>
              <input type="file" id="roster" name="roster" accept=".csv,.tsv,.txt,.xlsx,.zip">
              <p class="small" data-t="rosterHelp"></p>
            </div>
            <div class="row buttons">
              <button type="submit" id="read" data-t="read"></button>
              <button type="button" id="example" class="secondary" data-t="tryExample"></button>
            </div>
            <p class="small" data-t="exampleNote"></p>
          </form>
          <div id="error" class="error" role="alert" hidden>
            <strong data-t="errorTitle"></strong>
            <p id="error-text"></p>
          </div>
        </section>

        <section id="reading" class="step" aria-labelledby="h-reading" hidden>
          <h2 id="h-reading" data-t="step2"></h2>
          <p class="help" data-t="step2Help"></p>
          <p id="class-line" class="lead"></p>
          <h3 data-t="questions"></h3>
          <table id="questions" class="grid">
            <thead><tr><th data-t="questionId"></th><th data-t="questionText"></th><th data-t="questionKind"></th><th data-t="kindSource"></th></tr></thead>
            <tbody></tbody>
          </table>
          <p id="drop-negative-row" hidden><label><input type="checkbox" id="drop-negative"> <span data-t="dropNegative"></span></label></p>
          <div class="columns">
            <div>
              <h3 data-t="didNotAnswer"></h3>
              <ul id="missing" class="plain"></ul>
            </div>
            <div>
              <h3 data-t="looseMatches"></h3>
              <table id="matches" class="grid">
                <thead><tr><th data-t="written"></th><th data-t="matchedTo"></th><th data-t="matchHow"></th><th data-t="decision"></th></tr></thead>
                <tbody></tbody>
              </table>
              <p id="no-matches" class="small" data-t="noLooseMatches" hidden></p>
            </div>
          </div>
          <h3 data-t="unknownNames"></h3>
          <ul id="unknown" class="plain"></ul>
          <div id="name-decisions-block" hidden>
            <h3 data-t="nameDecisions"></h3>
            <ul id="name-decisions" class="plain"></ul>
          </div>
          <details id="more">
            <summary><span data-t="files"></span>, <span data-t="warnings"></span>, <span data-t="notes"></span></summary>
            <div id="files"></div>
            <h4 data-t="warnings"></h4>
            <ul id="warnings" class="messages"></ul>
            <h4 data-t="notes"></h4>
            <ul id="notes" class="messages"></ul>
          </details>
        </section>

        <section id="report" class="step" aria-labelledby="h-report" hidden>
          <h2 id="h-report" data-t="step3"></h2>
          <p class="help" data-t="step3Help"></p>
          <p class="snapshot" data-t="snapshot"></p>
          <div class="row">
            <label for="pupil" data-t="pickPupil"></label>
            <select id="pupil"></select>
          </div>
          <div id="support" hidden>
            <p class="consent" id="consent"></p>
            <div class="columns">
              <div>
                <h3 data-t="supporters"></h3>
                <ol id="supporters" class="people"></ol>
              </div>
              <div>
                <h3 data-t="supportGroup"></h3>
                <p id="design" class="small"></p>
                <ol id="group" class="people"></ol>
              </div>
            </div>
            <ul id="support-notes" class="messages"></ul>
            <p class="small" data-t="reportWithPupil"></p>
          </div>
          <iframe id="report-frame" sandbox="allow-scripts" data-title="reportFrame"></iframe>
          <p><a id="open-report" target="_blank" rel="noopener" data-t="openReport"></a></p>
        </section>

        <section id="groups" class="step" aria-labelledby="h-groups" hidden>
          <h2 id="h-groups" data-t="step4"></h2>
          <p class="help" data-t="step4Help"></p>
          <form id="groups-form">
            <div class="row inline">
              <label for="size" data-t="groupSize"></label>
              <input type="number" id="size" min="2" max="15" value="4">
              <label for="rounds" data-t="rounds"></label>
              <input type="number" id="rounds" min="1" max="10" value="1">
              <label><input type="checkbox" id="balance"> <span data-t="balanceGender"></span></label>
            </div>
            <div class="row">
              <label for="leaders" data-t="leaders"></label>
              <select id="leaders">
                <option value="prosocial" data-t="leaders.prosocial"></option>
                <option value="none" data-t="leaders.none"></option>
                <option value="chosen" data-t="leaders.chosen"></option>
              </select>
            </div>
            <fieldset id="chosen-leaders" hidden><legend data-t="chosenLeaders"></legend><div class="checks"></div></fieldset>
            <fieldset class="pairs" id="apart" data-kind="apart">
              <legend data-t="apart"></legend>
              <select class="pair-a" data-label="pairFirst"></select> <select class="pair-b" data-label="pairSecond"></select>
              <button type="button" class="secondary add-pair" data-t="addPair"></button>
              <ul class="pair-list plain"></ul>
            </fieldset>
            <fieldset class="pairs" id="together" data-kind="together">
              <legend data-t="together"></legend>
              <select class="pair-a" data-label="pairFirst"></select> <select class="pair-b" data-label="pairSecond"></select>
              <button type="button" class="secondary add-pair" data-t="addPair"></button>
              <ul class="pair-list plain"></ul>
            </fieldset>
            <fieldset id="absent"><legend data-t="absent"></legend><div class="checks"></div></fieldset>
            <div class="row buttons"><button type="submit" id="make-groups" data-t="makeGroups"></button></div>
          </form>
          <div id="groups-result"></div>
        </section>

        <section id="seating" class="step" aria-labelledby="h-seating" hidden>
          <h2 id="h-seating" data-t="seatingStep"></h2>
          <p class="help" data-t="seatingHelp"></p>
          <form id="seating-form">
            <div class="row inline">
              <label for="seating-preset" data-t="seatingRoom"></label>
              <select id="seating-preset">
                <option value="pairs" data-t="seatingRoom.pairs"></option>
                <option value="rows" data-t="seatingRoom.rows"></option>
                <option value="islands" data-t="seatingRoom.islands"></option>
                <option value="horseshoe" data-t="seatingRoom.horseshoe"></option>
              </select>
              <label for="seating-a" id="seating-a-label" data-t="seatingRows"></label>
              <input type="number" id="seating-a" min="1" max="60" value="5">
              <span id="seating-b-wrap"><label for="seating-b" id="seating-b-label" data-t="seatingDesks"></label>
              <input type="number" id="seating-b" min="1" max="60" value="3"></span>
            </div>
            <p id="seating-room-size" class="small" aria-live="polite"></p>
            <div class="row inline">
              <label for="seating-rotations" data-t="seatingRotations"></label>
              <input type="number" id="seating-rotations" min="1" max="20" value="1">
              <label><input type="checkbox" id="seating-mix"> <span data-t="seatingMixGender"></span></label>
            </div>
            <p id="seating-negative-row" hidden><label><input type="checkbox" id="seating-negative"> <span data-t="seatingNegativeApart"></span></label></p>
            <fieldset class="pairs" id="seating-apart" data-kind="apart">
              <legend data-t="seatingApart"></legend>
              <select class="pair-a" data-label="pairFirst"></select> <select class="pair-b" data-label="pairSecond"></select>
              <button type="button" class="secondary add-pair" data-t="addPair"></button>
              <ul class="pair-list plain"></ul>
            </fieldset>
            <fieldset class="pairs" id="seating-together" data-kind="together">
              <legend data-t="seatingTogether"></legend>
              <select class="pair-a" data-label="pairFirst"></select> <select class="pair-b" data-label="pairSecond"></select>
              <button type="button" class="secondary add-pair" data-t="addPair"></button>
              <ul class="pair-list plain"></ul>
            </fieldset>
            <fieldset id="seating-fixed">
              <legend data-t="seatingFixed"></legend>
              <select id="seating-fixed-pupil"></select> <select id="seating-fixed-seat"></select>
              <button type="button" class="secondary" id="seating-add-fixed" data-t="seatingAddFixed"></button>
              <ul id="seating-fixed-list" class="pair-list plain"></ul>
            </fieldset>
            <div class="row buttons"><button type="submit" id="make-seating" data-t="seatingMake"></button></div>
          </form>
          <div id="seating-result"></div>
        </section>

        <section id="compare" class="step" aria-labelledby="h-compare" hidden>
          <h2 id="h-compare" data-t="step6"></h2>
          <p class="help" data-t="step6Help"></p>
          <form id="compare-form">
            <div class="row">
              <label for="before" data-t="beforeFile"></label>
              <input type="file" id="before" name="before" accept=".csv,.tsv,.txt,.xlsx,.zip">
            </div>
            <div class="row buttons">
              <button type="submit" id="compare-button" data-t="compare"></button>
              <button type="button" id="remove-before" class="secondary" data-t="removeBefore" hidden></button>
            </div>
          </form>
          <div id="compare-result"></div>
        </section>

        <section id="downloads" class="step" aria-labelledby="h-downloads" hidden>
          <h2 id="h-downloads" data-t="step5"></h2>
          <p class="help" data-t="step5Help"></p>
          <p><label><input type="checkbox" id="pseudonymised"> <span data-t="pseudonymised"></span></label></p>
          <p id="labels-note" class="small"></p>
          <ul id="download-links" class="downloads"></ul>
        </section>

        <section id="grade" class="step" aria-labelledby="h-grade">
          <details id="grade-details">
            <summary><h2 id="h-grade" data-t="gradeStep"></h2></summary>
            <p class="help" data-t="gradeHelp"></p>
            <form id="grade-form">
              <div class="row">
                <label for="grade-files" data-t="gradeFiles"></label>
                <input type="file" id="grade-files" name="files" multiple accept=".csv,.tsv,.txt,.xlsx,.zip">
                <p class="small" data-t="gradeFilesHelp"></p>
              </div>
              <div class="row">
                <label for="grade-roster" data-t="rosterFile"></label>
                <input type="file" id="grade-roster" name="roster" accept=".csv,.tsv,.txt,.xlsx,.zip">
              </div>
              <div class="row inline">
                <label for="grade-name" data-t="gradeName"></label>
                <input type="text" id="grade-name" name="grade" maxlength="80">
              </div>
              <div class="row buttons"><button type="submit" id="grade-read" data-t="gradeRead"></button></div>
            </form>
            <div id="grade-result" hidden>
              <p class="snapshot" data-t="snapshot"></p>
              <ul id="grade-lines" class="messages"></ul>
              <table id="grade-table" class="grid">
                <caption data-t="gradeTable"></caption>
                <thead><tr><th scope="col" data-t="gradeRank"></th><th scope="col" data-t="gradeClass"></th><th scope="col" data-t="gradePupils"></th><th scope="col" data-t="gradeRespondents"></th><th scope="col" data-t="gradeNeedAttention"></th><th scope="col" data-t="gradeIsolated"></th><th scope="col" data-t="gradeNoMutual"></th><th scope="col" data-t="gradeReciprocity"></th><th scope="col" data-t="gradeFragmentation"></th></tr></thead>
                <tbody></tbody>
              </table>
              <p class="small" data-t="gradeRankingHelp"></p>
              <div id="grade-failed-block" hidden><h3 data-t="gradeFailed"></h3><ul id="grade-failed" class="messages"></ul></div>
              <div id="grade-skipped-block" hidden><h3 data-t="gradeSkipped"></h3><ul id="grade-skipped" class="messages"></ul></div>
              <div id="grade-notes-block" hidden><h3 data-t="notes"></h3><ul id="grade-notes" class="messages"></ul></div>
              <p><label><input type="checkbox" id="grade-codes"> <span data-t="pseudonymised"></span></label></p>
              <ul id="grade-downloads" class="downloads"></ul>
              <h3 data-t="placementTitle"></h3>
              <p class="help" data-t="placementHelp"></p>
              <div id="placement-problem" class="error" hidden><strong data-t="placementNeedsAll"></strong><p id="placement-problem-text"></p></div>
              <form id="placement-form">
                <div class="row inline">
                  <label for="placement-classes" data-t="placementClasses"></label>
                  <input type="number" id="placement-classes" min="1" max="20" value="4">
                  <label for="placement-max" data-t="placementMaxSize"></label>
                  <input type="number" id="placement-max" min="1" max="500">
                  <label><input type="checkbox" id="placement-gender" checked> <span data-t="balanceGender"></span></label>
                </div>
                <fieldset class="grade-pairs" id="placement-apart">
                  <legend data-t="apart"></legend>
                  <select class="grade-a" data-title="apart" data-label="pairFirst"></select> <select class="grade-b" data-title="apart" data-label="pairSecond"></select>
                  <button type="button" class="secondary grade-add" data-t="addPair"></button>
                  <ul class="pair-list plain"></ul>
                </fieldset>
                <fieldset class="grade-pairs" id="placement-together">
                  <legend data-t="together"></legend>
                  <select class="grade-a" data-title="together" data-label="pairFirst"></select> <select class="grade-b" data-title="together" data-label="pairSecond"></select>
                  <button type="button" class="secondary grade-add" data-t="addPair"></button>
                  <ul class="pair-list plain"></ul>
                </fieldset>
                <fieldset class="grade-pairs" id="placement-absent">
                  <legend data-t="placementAbsent"></legend>
                  <select class="grade-a" data-title="placementAbsent"></select>
                  <button type="button" class="secondary grade-add" data-t="addPupil"></button>
                  <ul class="pair-list plain"></ul>
                </fieldset>
                <div class="row buttons"><button type="submit" id="make-placement" data-t="makePlacement"></button></div>
              </form>
              <div id="placement-result"></div>
            </div>
          </details>
        </section>

        <section id="kit" class="step" aria-labelledby="h-kit">
          <details id="kit-details">
            <summary><h2 id="h-kit" data-t="kitStep"></h2></summary>
            <p class="help" data-t="kitHelp"></p>
            <form id="kit-form">
              <div class="row">
                <label for="kit-roster" data-t="kitRoster"></label>
                <input type="file" id="kit-roster" name="roster" accept=".csv,.tsv,.txt,.xlsx,.zip">
              </div>
              <div class="row inline">
                <label for="kit-class" data-t="kitClass"></label>
                <input type="text" id="kit-class" name="class" maxlength="40">
                <label for="kit-choices" data-t="kitChoices"></label>
                <input type="number" id="kit-choices" name="choices" min="1" max="10" value="3">
              </div>
              <fieldset>
                <legend data-t="kitQuestions"></legend>
                <p><label><input type="checkbox" checked disabled> <span data-t="kitQ.positive"></span></label></p>
                <p><label><input type="checkbox" name="questions" value="prosocial"> <span data-t="kitQ.prosocial"></span></label></p>
                <p><label><input type="checkbox" name="questions" value="influence"> <span data-t="kitQ.influence"></span></label></p>
              </fieldset>
              <div class="row inline">
                <label for="kit-school" data-t="kitSchool"></label>
                <input type="text" id="kit-school" name="school" maxlength="120">
                <label for="kit-contact" data-t="kitContact"></label>
                <input type="text" id="kit-contact" name="contact" maxlength="200">
                <label for="kit-date" data-t="kitDate"></label>
                <input type="date" id="kit-date" name="date">
              </div>
              <p><label><input type="checkbox" name="codes" value="1"> <span data-t="kitCodes"></span></label></p>
              <div class="row buttons"><button type="submit" id="make-kit" data-t="kitMake"></button></div>
            </form>
            <p id="kit-result"></p>
          </details>
        </section>
        </main>
        </body>
        </html>

        """#
}
