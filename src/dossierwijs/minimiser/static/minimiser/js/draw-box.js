// Draw a box on a page image: a mouse or pen drag fills the box fields in PDF points.
// Progressive enhancement: without this script the same fields are typed in by hand.
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";

  function field(name) {
    return document.getElementById("id_box_" + name);
  }

  function toPoints(svg, event) {
    var point = svg.createSVGPoint();
    point.x = event.clientX;
    point.y = event.clientY;
    var local = point.matrixTransform(svg.getScreenCTM().inverse());
    var box = svg.viewBox.baseVal;
    return {
      x: Math.min(Math.max(local.x, 0), box.width),
      y: Math.min(Math.max(local.y, 0), box.height)
    };
  }

  function round(value) {
    return Math.round(value * 10) / 10;
  }

  function setup(svg) {
    var start = null;
    var rect = null;
    svg.classList.add("is-drawable");
    svg.addEventListener("pointerdown", function (event) {
      if (event.button !== 0) {
        return;
      }
      event.preventDefault();
      svg.setPointerCapture(event.pointerId);
      start = toPoints(svg, event);
      document.querySelectorAll("rect.box-drawing").forEach(function (old) {
        old.remove();
      });
      rect = document.createElementNS(SVG, "rect");
      rect.setAttribute("class", "box-drawing");
      svg.appendChild(rect);
    });
    svg.addEventListener("pointermove", function (event) {
      if (!start) {
        return;
      }
      var now = toPoints(svg, event);
      rect.setAttribute("x", Math.min(start.x, now.x));
      rect.setAttribute("y", Math.min(start.y, now.y));
      rect.setAttribute("width", Math.abs(now.x - start.x));
      rect.setAttribute("height", Math.abs(now.y - start.y));
    });
    svg.addEventListener("pointerup", function (event) {
      if (!start) {
        return;
      }
      var end = toPoints(svg, event);
      var from = start;
      start = null;
      if (Math.abs(end.x - from.x) < 2 || Math.abs(end.y - from.y) < 2) {
        rect.remove();
        return;
      }
      field("page").value = svg.getAttribute("data-page");
      field("x0").value = round(Math.min(from.x, end.x));
      field("y0").value = round(Math.min(from.y, end.y));
      field("x1").value = round(Math.max(from.x, end.x));
      field("y1").value = round(Math.max(from.y, end.y));
      var status = document.getElementById("box-status");
      if (status) {
        status.textContent = status.getAttribute("data-drawn") ||
          "Vak getekend op pagina " + svg.getAttribute("data-page") +
          ". Kies ‘Vak toevoegen’ om het weg te lakken.";
      }
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    if (!field("page")) {
      return;
    }
    document.querySelectorAll("svg.page-canvas[data-page]").forEach(setup);
  });
})();
