/* Offline maps: Leaflet over Natural Earth country outlines shipped with the app.
   Each .map holds its points as JSON ({lat, lng, label, href}); no tile server is used. */
(function () {
  "use strict";
  var worlds = {};

  function world(url) {
    if (!worlds[url]) {
      worlds[url] = fetch(url).then(function (r) { return r.json(); });
    }
    return worlds[url];
  }

  function draw(element) {
    if (element.dataset.drawn || !window.L) { return; }
    element.dataset.drawn = "1";
    var data = element.querySelector("script[type='application/json']");
    var points = data ? JSON.parse(data.textContent) : [];
    var map = L.map(element, { attributionControl: false, worldCopyJump: true, maxZoom: 12 });
    map.getContainer().style.background = "#dbe8f2";
    world(element.dataset.world).then(function (topology) {
      var countries = topojson.feature(topology, topology.objects.countries);
      L.geoJSON(countries, {
        style: { color: "#8a8f98", weight: 0.6, fillColor: "#f4f1ea", fillOpacity: 1 },
        interactive: false
      }).addTo(map).bringToBack();
    });
    var bounds = [];
    points.forEach(function (p) {
      var marker = L.circleMarker([p.lat, p.lng], {
        radius: 7, color: "#ffffff", weight: 2, fillColor: p.color || "#b3261e", fillOpacity: 0.95
      }).addTo(map);
      if (p.label) {
        var link = document.createElement(p.href ? "a" : "span");
        link.textContent = p.label;
        if (p.href) { link.href = p.href; }
        marker.bindTooltip(p.label);
        marker.bindPopup(link);
      }
      bounds.push([p.lat, p.lng]);
    });
    if (bounds.length === 1) {
      map.setView(bounds[0], 6);
    } else if (bounds.length > 1) {
      map.fitBounds(bounds, { padding: [24, 24], maxZoom: 8 });
    } else {
      map.setView([20, 0], 1);
    }
  }

  function drawAll(root) {
    (root || document).querySelectorAll(".map").forEach(draw);
  }

  document.addEventListener("DOMContentLoaded", function () { drawAll(document); });
  document.addEventListener("htmx:afterSwap", function (event) { drawAll(event.target); });
}());
