/* The country list's map: Natural Earth outlines (shipped with the app) coloured by labour
   inspection coverage. Progressive enhancement: the table below is the page. */
(function () {
  "use strict";
  var COLOURS = { "meets": "#1b7a3a", "below": "#e3a21a", "low": "#b3261e",
                  "gap-class": "#cfc6e8", "gap": "#ffffff" };

  function draw(element) {
    if (element.dataset.drawn || !window.L || !window.topojson) { return; }
    element.dataset.drawn = "1";
    var data = element.querySelector("script[type='application/json']");
    var rows = data ? JSON.parse(data.textContent) : {};
    var map = L.map(element, { attributionControl: false, worldCopyJump: true, maxZoom: 6 });
    map.getContainer().style.background = "#dbe8f2";
    map.setView([20, 10], 1);
    fetch(element.dataset.world).then(function (r) { return r.json(); }).then(function (topology) {
      var countries = topojson.feature(topology, topology.objects.countries);
      L.geoJSON(countries, {
        style: function (feature) {
          var row = rows[String(feature.id)];
          var band = row ? row.band : "gap";
          return { color: "#5f6368", weight: 0.6, fillColor: COLOURS[band], fillOpacity: 1,
                   dashArray: band.indexOf("gap") === 0 ? "2 2" : null };
        },
        onEachFeature: function (feature, layer) {
          var row = rows[String(feature.id)];
          if (!row) { return; }
          layer.bindTooltip(row.name);
          layer.on("click", function () { window.location.href = row.href; });
        }
      }).addTo(map);
    });
  }

  function drawAll() { document.querySelectorAll(".countries-map").forEach(draw); }
  document.addEventListener("DOMContentLoaded", drawAll);
}());
