// The dashboard's words in English and French (the interface language is kept in the URL as ui=en|fr).
window.CARAVAN_I18N = {
  en: {
    timeline: 'Timeline', network: 'Network', trend: 'Pair trend', map: 'Map', search: 'Search', reader: 'Articles',
    from: 'From', to: 'To', actor: 'Actor', pair: 'Pair (A,B)', root: 'CAMEO root', quad: 'Quad class',
    lang: 'Language', source: 'Outlet', place: 'Place', min_sources: 'Min. sources', apply: 'Apply', clear: 'Clear',
    any: 'any', q1: 'Verbal cooperation', q2: 'Material cooperation', q3: 'Verbal conflict', q4: 'Material conflict',
    goldstein: 'Mean Goldstein', events: 'events', date: 'Date', who: 'Source → target', code: 'CAMEO',
    where: 'Place', sourcesCol: 'Sources', noData: 'No events match these filters.', loading: 'Loading…',
    timelineHint: 'Scroll or drag on the chart to zoom by date; click a bar to list its events.',
    networkHint: 'Edges are weighted by events and coloured from conflict (red) to cooperation (green) by mean '
      + 'Goldstein; click an edge to list its events.',
    mapHint: 'Circles are sized by events; click one to list its events.',
    trendHint: 'Monthly events between the two actors by quad class, and their mean Goldstein.',
    actorA: 'Actor A', actorB: 'Actor B', show: 'Show', searchPlaceholder: 'Words, "a phrase", names…',
    kind: 'Kind', article: 'article', event: 'event', all: 'all', results: 'results', prev: '‹ Previous',
    next: 'Next ›', documents: 'Documents', eventsIn: 'Events told in this article', toldIn: 'Told in',
    original: 'original page', evidence: 'Evidence', pickEdge: 'Events between', pickPlace: 'Events at',
    pickDate: 'Events on', allEvents: 'Events', facetlang: 'Language', facetoutlet: 'Outlet', facetroot: 'CAMEO root',
    facetquad: 'Quad class', facetactor: 'Actor', facetcountry: 'Country', facetmonth: 'Month', facetplace: 'Place',
    published: 'published', failed: 'The server answered', stories: 'Stories', storyTitle: 'Story',
    span: 'Dates', actorsCol: 'Main actors',
    storiesHint: 'Events and articles about one happening or series (a visit with its talks, a summit); a story is '
      + 'listed when one of its events passes the filters.'
  },
  fr: {
    timeline: 'Chronologie', network: 'Réseau', trend: 'Évolution d’une paire', map: 'Carte', search: 'Recherche',
    reader: 'Articles', from: 'Du', to: 'Au', actor: 'Acteur', pair: 'Paire (A,B)', root: 'Racine CAMEO',
    quad: 'Classe', lang: 'Langue', source: 'Média', place: 'Lieu', min_sources: 'Sources min.', apply: 'Appliquer',
    clear: 'Effacer', any: 'toutes', q1: 'Coopération verbale', q2: 'Coopération matérielle', q3: 'Conflit verbal',
    q4: 'Conflit matériel', goldstein: 'Goldstein moyen', events: 'événements', date: 'Date',
    who: 'Source → cible', code: 'CAMEO', where: 'Lieu', sourcesCol: 'Sources',
    noData: 'Aucun événement ne correspond à ces filtres.', loading: 'Chargement…',
    timelineHint: 'Faites défiler ou glissez sur le graphique pour zoomer sur les dates ; cliquez sur une barre '
      + 'pour lister ses événements.',
    networkHint: 'Les liens sont pondérés par le nombre d’événements et colorés du conflit (rouge) à la coopération '
      + '(vert) selon le Goldstein moyen ; cliquez sur un lien pour lister ses événements.',
    mapHint: 'La taille des cercles suit le nombre d’événements ; cliquez sur un cercle pour les lister.',
    trendHint: 'Événements mensuels entre les deux acteurs par classe, et leur Goldstein moyen.',
    actorA: 'Acteur A', actorB: 'Acteur B', show: 'Afficher', searchPlaceholder: 'Mots, « une expression », noms…',
    kind: 'Type', article: 'article', event: 'événement', all: 'tous', results: 'résultats', prev: '‹ Précédent',
    next: 'Suivant ›', documents: 'Documents', eventsIn: 'Événements rapportés dans cet article',
    toldIn: 'Rapporté dans', original: 'page d’origine', evidence: 'Preuve', pickEdge: 'Événements entre',
    pickPlace: 'Événements à', pickDate: 'Événements du', allEvents: 'Événements', facetlang: 'Langue',
    facetoutlet: 'Média', facetroot: 'Racine CAMEO', facetquad: 'Classe', facetactor: 'Acteur', facetcountry: 'Pays',
    facetmonth: 'Mois', facetplace: 'Lieu', published: 'publié le', failed: 'Le serveur a répondu',
    stories: 'Récits', storyTitle: 'Récit', span: 'Dates', actorsCol: 'Acteurs principaux',
    storiesHint: 'Événements et articles d’un même fait ou d’une même série (une visite et ses entretiens, un '
      + 'sommet) ; un récit est listé quand l’un de ses événements passe les filtres.'
  }
};
