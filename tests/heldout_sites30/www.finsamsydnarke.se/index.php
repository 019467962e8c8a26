<!DOCTYPE html>
<html lang="sv" dir="ltr">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
  <title>UVA – Unga vuxna i arbete | Samordningsförbundet Sydnärke</title>
  <meta name="description" content="En gemensam insats för unga vuxna i Laxå och Askersund.">
  <meta name="generator" content="Textpattern CMS">
  <meta name="robots" content="index, follow">
  <link rel="canonical" href="https://www.finsamsydnarke.se/insatser/uva-unga-vuxna-i-arbete">
  <link rel="alternate" type="application/rss+xml" title="RSS-flöde" href="https://www.finsamsydnarke.se/rss/">
  <link rel="alternate" type="application/atom+xml" title="Atom-flöde" href="https://www.finsamsydnarke.se/atom/">
  <link rel="stylesheet" href="https://www.finsamsydnarke.se/themes/sydnarke/styles/default.css">
  <script src="https://www.finsamsydnarke.se/themes/sydnarke/scripts/main.js" defer></script>
</head>
<body class="insatser-page article-page" itemscope itemtype="https://schema.org/WebPage">
  <div class="wrapper">
    <header class="site-header">
      <div class="container">
        <a class="skip-link" href="#main">Gå till innehållet</a>
        <p class="site-branding"><a rel="home" href="https://www.finsamsydnarke.se/"><img src="https://www.finsamsydnarke.se/images/1.svg" alt="" width="56" height="56"> Samordningsförbundet Sydnärke</a></p>
        <p class="site-tagline">Finansiell samordning i Askersund, Hallsberg, Kumla, Laxå och Lekeberg</p>
        <form class="search-form" role="search" method="get" action="https://www.finsamsydnarke.se/">
          <label class="accessibility" for="search-textbox">Sök</label>
          <input id="search-textbox" type="search" name="q" placeholder="Sök på webbplatsen">
          <button type="submit">Sök</button>
        </form>
      </div>
    </header>
    <nav class="site-navigation" aria-label="Huvudmeny">
      <div class="container">
        <ul class="nav">
            <li><a href="https://www.finsamsydnarke.se/">Start</a></li>
            <li><a href="https://www.finsamsydnarke.se/om-forbundet/">Om förbundet</a></li>
            <li><a aria-current="page" class="active" href="https://www.finsamsydnarke.se/insatser/">Insatser</a></li>
            <li><a href="https://www.finsamsydnarke.se/medlemmar/">Medlemmar</a></li>
            <li><a href="https://www.finsamsydnarke.se/aktuellt/">Aktuellt</a></li>
            <li><a href="https://www.finsamsydnarke.se/kalender/">Kalender</a></li>
            <li><a href="https://www.finsamsydnarke.se/kontakt/">Kontakt</a></li>
        </ul>
      </div>
    </nav>
    <div class="container">
      <div class="layout-container">
        <main id="main" aria-label="Innehåll" itemscope itemtype="https://schema.org/Blog">
          <article class="article" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
            <h1 itemprop="headline">UVA – Unga vuxna i arbete</h1>
            <p class="article-meta"><span class="posted">Publicerad <time datetime="2024-09-02T09:00:00+01:00" itemprop="datePublished">2024-09-02</time></span> av <span class="author" itemprop="author">Kansliet</span> · <span class="category">Kategori: <a rel="tag" href="https://www.finsamsydnarke.se/category/unga-vuxna/">Unga vuxna</a></span></p>
            <div itemprop="articleBody">
              <p class="lead">En gemensam insats för unga vuxna i Laxå och Askersund.</p>
              <p>UVA – Unga vuxna i arbete är en gemensam insats för Laxå och Askersund. Unga vuxna som varken arbetar eller studerar får en coach som följer dem hela vägen till arbete eller studier, oavsett vilken myndighet de har kontakt med.</p>
              <h2>Bakgrund</h2>
              <p>I båda kommunerna står fler unga vuxna utanför arbete och studier än i länet i genomsnitt. Eftersom kommunerna är små har de valt att göra insatsen tillsammans, med en coach på varje ort och en gemensam projektledare.</p>
              <h2>Syfte</h2>
              <p>Att minst hälften av deltagarna ska börja arbeta eller studera inom ett år.</p>
              <h2>Så går det till</h2>
              <p>Coacherna finns på Navet i Laxå och på Lärcentrum i Askersund. Deltagarna kommer via socialtjänsten, Arbetsförmedlingen, kommunernas aktivitetsansvar eller på egen hand.</p>
              <dl class="insats-fakta">
              <div><dt>Huvudman</dt><dd>Laxå kommun</dd></div>
              <div><dt>Samverkansparter</dt><dd>Askersunds kommun, Arbetsförmedlingen, Region Örebro län</dd></div>
              <div><dt>Målgrupp</dt><dd>Unga vuxna 18–29 år som varken arbetar eller studerar</dd></div>
              <div><dt>Period</dt><dd>september 2024 – augusti 2027</dd></div>
              <div><dt>Beviljat</dt><dd>3 000 000 kronor från samordningsförbundet</dd></div>
              <div><dt>Bemanning</dt><dd>Två coacher och en projektledare på halvtid</dd></div>
              <div><dt>Status</dt><dd>Pågående</dd></div>
              </dl>
            </div>
            <p class="article-tools"><a rel="nofollow" href="https://www.finsamsydnarke.se/insatser/uva-unga-vuxna-i-arbete?print=1">Skriv ut</a></p>
          </article>
        </main>
        <aside class="complementary-content">
          <h4>Insatser per kommun</h4>
          <ul>
            <li><a href="https://www.finsamsydnarke.se/medlemmar/askersund">Askersund</a></li>
            <li><a href="https://www.finsamsydnarke.se/medlemmar/hallsberg">Hallsberg</a></li>
            <li><a href="https://www.finsamsydnarke.se/medlemmar/kumla">Kumla</a></li>
            <li><a href="https://www.finsamsydnarke.se/medlemmar/laxa">Laxå</a></li>
            <li><a href="https://www.finsamsydnarke.se/medlemmar/lekeberg">Lekeberg</a></li>
          </ul>
        </aside>
      </div>
    </div>
    <footer class="site-footer">
      <div class="container">
        <p><strong>Samordningsförbundet Sydnärke</strong><br>Västra Storgatan 14, 692 30 Kumla<br>Telefon 019-58 80 20 · <a href="mailto:kansli@finsamsydnarke.se">kansli@finsamsydnarke.se</a></p>
        <p>Medlemmar: Askersunds, Hallsbergs, Kumla, Laxå och Lekebergs kommuner, Region Örebro län, Försäkringskassan och Arbetsförmedlingen.</p>
        <ul class="footer-links">
          <li><a href="https://www.finsamsydnarke.se/om-forbundet/personuppgifter">Personuppgifter</a></li>
          <li><a href="https://www.finsamsydnarke.se/om-forbundet/tillganglighet">Tillgänglighet</a></li>
          <li><a href="https://www.finsamsydnarke.se/rss/">RSS</a></li>
          <li><a rel="nofollow" href="https://www.finsamsydnarke.se/textpattern/">Logga in</a></li>
        </ul>
        <p class="credit">Drivs med <a href="https://textpattern.com/" rel="external">Textpattern CMS</a></p>
      </div>
    </footer>
  </div>
</body>
</html>
