// The TimelineJS peer: the seed's events from data/seed.timeline.json, default options.
window.peerTimeline = new TL.Timeline("timeline-embed", "data/seed.timeline.json", {
  script_path: new URL("timelinejs/js/", location.href).href,
});
