// The Leaflet peer: a blank map (no tiles), events.geojson as markers fitted into view. maxZoom 18
// is what an OpenStreetMap tile layer would set (without a layer Leaflet zooms without limit).
const params = new URLSearchParams(location.search);
const canvas = params.get("markers") === "canvas";
const el = document.getElementById("map");
el.style.width = `${Number(params.get("w")) || 800}px`;
el.style.height = `${Number(params.get("h")) || 500}px`;
const map = L.map(el, { preferCanvas: canvas, maxZoom: 18 });
window.peerMap = map;
fetch("data/events.geojson")
  .then((response) => response.json())
  .then((data) => {
    const layer = L.geoJSON(data, {
      pointToLayer: canvas ? (_feature, at) => L.circleMarker(at, { radius: 5 }) : undefined,
      onEachFeature: (feature, marker) => marker.bindPopup(`${feature.properties.kind} — ${feature.properties.place}`),
    });
    map.fitBounds(layer.getBounds(), { animate: false });
    layer.addTo(map);
  });
