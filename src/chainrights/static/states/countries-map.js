/* The country list's map: Natural Earth outlines (shipped with the app) coloured by labour
   inspection coverage. Progressive enhancement: the table below is the page. */
(function () {
  "use strict";
  var COLOURS = { "meets": "#1b7a3a", "below": "#e3a21a", "low": "#b3261e",
                  "gap-class": "#cfc6e8", "gap": "#ffffff" };

  /* Natural Earth keeps a ring that crosses the antimeridian (Russia's Chukotka, Fiji) as
     one ring whose longitudes jump from +180 to -180; drawn as it is, each jump is a line
     across the whole map. Mend it: unwrap the longitudes so no step jumps by more than 180°,
     and draw the ring once more a world to the west (or east) so both sides of the line
     show. A ring that goes round a pole (Antarctica) ends a whole turn from where it began:
     it is drawn as it is. */
  function unwrap(ring) {
    var out = [], offset = 0, previous = null;
    ring.forEach(function (point) {
      if (previous !== null) {
        var step = point[0] + offset - previous;
        if (step > 180) { offset -= 360; } else if (step < -180) { offset += 360; }
      }
      previous = point[0] + offset;
      out.push([previous, point[1]]);
    });
    return out;
  }

  function shifted(rings, by) {
    return rings.map(function (ring) {
      return ring.map(function (point) { return [point[0] + by, point[1]]; });
    });
  }

  function mend(polygon) {
    var rings = polygon.map(unwrap), outer = rings[0];
    if (!outer.length || Math.abs(outer[outer.length - 1][0] - outer[0][0]) > 180) {
      return [polygon];  // round a pole
    }
    var longitudes = outer.map(function (point) { return point[0]; });
    var parts = [rings];
    if (Math.max.apply(null, longitudes) > 180) { parts.push(shifted(rings, -360)); }
    if (Math.min.apply(null, longitudes) < -180) { parts.push(shifted(rings, 360)); }
    return parts;
  }

  function mendAll(countries) {
    countries.features.forEach(function (feature) {
      var geometry = feature.geometry;
      if (!geometry) { return; }
      if (geometry.type === "Polygon") {
        geometry.type = "MultiPolygon";
        geometry.coordinates = mend(geometry.coordinates);
      } else if (geometry.type === "MultiPolygon") {
        geometry.coordinates = [].concat.apply([], geometry.coordinates.map(mend));
      }
    });
    return countries;
  }

  function draw(element) {
    if (element.dataset.drawn || !window.L || !window.topojson) { return; }
    element.dataset.drawn = "1";
    var data = element.querySelector("script[type='application/json']");
    var rows = data ? JSON.parse(data.textContent) : {};
    var map = L.map(element, { attributionControl: false, worldCopyJump: true, maxZoom: 6 });
    map.getContainer().style.background = "#dbe8f2";
    map.setView([20, 10], 1);
    fetch(element.dataset.world).then(function (r) { return r.json(); }).then(function (topology) {
      var countries = mendAll(topojson.feature(topology, topology.objects.countries));
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
