/*
 * Drag-and-drop for file upload forms (progressive enhancement).
 *
 *   <form method="post" enctype="multipart/form-data" data-dropzone>
 *     <label for="files">Kies bestanden</label>
 *     <input type="file" id="files" name="files" multiple>
 *     <ul data-dropzone-list></ul>        (optional: where the chosen files are listed)
 *     <button type="submit">Toevoegen</button>
 *   </form>
 *
 * Without JavaScript the file input works as always. With it, files can also be dropped on
 * the form; they are added to the input's own file list (DataTransfer), so the normal form
 * submit sends them. Nothing is uploaded until the parent presses the button. The chosen
 * files are listed and announced to screen readers.
 */
(function () {
  "use strict";

  function sameFile(a, b) {
    return a.name === b.name && a.size === b.size && a.lastModified === b.lastModified;
  }

  function formatSize(bytes) {
    if (bytes < 1024) return bytes + " B";
    if (bytes < 1024 * 1024) return Math.round(bytes / 1024) + " kB";
    return (bytes / (1024 * 1024)).toFixed(1).replace(".", ",") + " MB";
  }

  function attach(form) {
    var input = form.querySelector('input[type="file"]');
    if (!input || typeof DataTransfer === "undefined") return;
    form.classList.add("dropzone--enhanced");

    var list = form.querySelector("[data-dropzone-list]");
    if (!list) {
      list = document.createElement("ul");
      input.insertAdjacentElement("afterend", list);
    }
    list.classList.add("dropzone__list");
    var live = document.createElement("p");
    live.className = "visually-hidden";
    live.setAttribute("role", "status");
    list.insertAdjacentElement("afterend", live);

    function showFiles() {
      list.textContent = "";
      for (var i = 0; i < input.files.length; i += 1) {
        var item = document.createElement("li");
        item.textContent = input.files[i].name + " (" + formatSize(input.files[i].size) + ")";
        list.appendChild(item);
      }
      var n = input.files.length;
      live.textContent = n === 0 ? "" : n === 1 ? "1 bestand gekozen." : n + " bestanden gekozen.";
    }

    function addFiles(files) {
      var transfer = new DataTransfer();
      var kept = input.multiple ? Array.prototype.slice.call(input.files) : [];
      var incoming = Array.prototype.slice.call(files);
      if (!input.multiple) incoming = incoming.slice(0, 1);
      kept.forEach(function (f) { transfer.items.add(f); });
      incoming.forEach(function (f) {
        if (!kept.some(function (k) { return sameFile(k, f); })) transfer.items.add(f);
      });
      input.files = transfer.files;
      input.dispatchEvent(new Event("change", { bubbles: true }));
    }

    var depth = 0;  // dragenter/dragleave fire for every child element
    form.addEventListener("dragenter", function (event) {
      event.preventDefault();
      depth += 1;
      form.classList.add("dropzone--active");
    });
    form.addEventListener("dragover", function (event) {
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = "copy";
    });
    form.addEventListener("dragleave", function () {
      depth = Math.max(0, depth - 1);
      if (depth === 0) form.classList.remove("dropzone--active");
    });
    form.addEventListener("drop", function (event) {
      event.preventDefault();
      depth = 0;
      form.classList.remove("dropzone--active");
      if (event.dataTransfer && event.dataTransfer.files.length) addFiles(event.dataTransfer.files);
    });
    input.addEventListener("change", showFiles);
    if (input.files.length) showFiles();
  }

  function init() {
    var forms = document.querySelectorAll("form[data-dropzone]");
    for (var i = 0; i < forms.length; i += 1) attach(forms[i]);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
