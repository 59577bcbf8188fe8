/* civcat report: search over communities and charter articles, offline.
   The index is plain scripts (search/index.js, search/TOWNSHIP.js) that call civcatSearch.add:
   a page opened from file:// may load scripts but not fetch files. The articles are loaded on
   the first search. No library, no network. */
"use strict";
var civcatSearch = {
  communities: [],
  articles: [],
  shards: [],
  loaded: false,
  add: function (kind, rows) {
    var list = kind === "communities" ? this.communities : this.articles;
    for (var i = 0; i < rows.length; i++) { list.push(rows[i]); }
  }
};

document.addEventListener("DOMContentLoaded", function () {
  var input = document.getElementById("q");
  var results = document.getElementById("results");
  var status = document.getElementById("search-status");
  if (!input || !results) { return; }
  var limit = parseInt(results.getAttribute("data-limit"), 10) || 100;
  var pending = 0;

  function loadArticles(done) {
    if (civcatSearch.loaded) { done(); return; }
    civcatSearch.loaded = true;
    pending = civcatSearch.shards.length;
    if (!pending) { done(); return; }
    civcatSearch.shards.forEach(function (code) {
      var script = document.createElement("script");
      script.src = "search/" + code + ".js";
      script.onload = script.onerror = function () { pending -= 1; if (!pending) { done(); } };
      document.body.appendChild(script);
    });
  }

  function item(href, title, detail) {
    var li = document.createElement("li");
    var a = document.createElement("a");
    a.href = href;
    a.textContent = title;
    li.appendChild(a);
    if (detail) {
      var p = document.createElement("p");
      p.textContent = detail;
      li.appendChild(p);
    }
    return li;
  }

  function excerpt(text, at) {
    var start = Math.max(0, at - 30);
    return (start > 0 ? "……" : "") + text.slice(start, at + 60) + (at + 60 < text.length ? "……" : "");
  }

  function search() {
    var query = input.value.trim().toLowerCase();
    while (results.firstChild) { results.removeChild(results.firstChild); }
    status.textContent = "";
    if (!query) { return; }
    var found = 0;
    var word = results.getAttribute("data-article");
    civcatSearch.communities.forEach(function (c) {
      if (found < limit && (c[0].toLowerCase().indexOf(query) >= 0 || c[1].indexOf(query) === 0)) {
        results.appendChild(item(c[3], c[0] + "（" + c[2] + "）", c[1]));
        found += 1;
      }
    });
    civcatSearch.articles.forEach(function (a) {
      var at = found < limit ? a[2].toLowerCase().indexOf(query) : -1;
      if (at >= 0) {
        results.appendChild(item(a[3], a[0] + " · " + word + " " + a[1], excerpt(a[2], at)));
        found += 1;
      }
    });
    if (!found) { status.textContent = results.getAttribute("data-none"); }
    else if (found >= limit) { status.textContent = results.getAttribute("data-more"); }
  }

  input.addEventListener("input", function () { loadArticles(search); });
  var given = /[?&]q=([^&]*)/.exec(window.location.search);
  if (given) { input.value = decodeURIComponent(given[1].replace(/\+/g, " ")); }
  if (input.value) { loadArticles(search); }
});
