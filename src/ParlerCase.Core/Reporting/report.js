// Filters the report by source and by words. Without it the page shows everything; nothing here loads anything.
(function () {
  var bar = document.getElementById('filters');
  var source = document.getElementById('filter-source');
  var words = document.getElementById('filter-text');
  var items = document.querySelectorAll('[data-sources]');
  function apply() {
    var id = source.value;
    var text = words.value.trim().toLowerCase();
    for (var i = 0; i < items.length; i++) {
      var item = items[i];
      var show = (!id || item.getAttribute('data-sources').split('\t').indexOf(id) >= 0)
        && (!text || item.textContent.toLowerCase().indexOf(text) >= 0);
      item.classList.toggle('filtered', !show);
    }
  }
  source.addEventListener('change', apply);
  words.addEventListener('input', apply);
  window.addEventListener('beforeprint', function () {
    var details = document.querySelectorAll('details');
    for (var i = 0; i < details.length; i++) { details[i].open = true; }
  });
  bar.hidden = false;
})();
