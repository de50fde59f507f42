"""Government portal pages (provincial, municipal, ministries), Chinese and English editions."""

from build import BODY, Img, Page, Table, br_lines, esc, paragraphs

PAGES: list[Page] = []
add = PAGES.append

# 1. Hubei provincial portal, TRS WCM: Word-pasted MsoNormal spans inside div.TRS_Editor.
add(Page(
    file="gov-hubei-trs-editor.html",
    url="http://www.hubei.gov.cn/zwgk/hbyw/hbywqb/201903/t20190305_1712345.shtml",
    title="全省春季农业生产工作会议在武汉召开",
    published_at="2019-03-05T08:30",
    notes="TRS WCM; date in a span of the meta bar with 来源 in a sibling span; body Word-pasted",
    render=paragraphs('<p class="MsoNormal" style="text-indent: 32pt; line-height: 28pt;">'
                      '<span style="font-family: 仿宋_GB2312; font-size: 16pt;">', "</span></p>"),
    body=[
        "3月4日，全省春季农业生产工作会议在武汉召开。会议总结去年全省农业农村工作，分析当前形势，部署春季农业生产各项任务。",
        "会议指出，去年全省粮食总产量稳定在500亿斤以上，油菜、水产品产量继续位居全国前列，农村居民人均可支配收入增长8.4%。",
        "会议要求，各地要抓住当前有利时机，落实粮食播种面积，抓好早稻集中育秧，加强农资市场监管，确保春耕物资供应充足、价格稳定。",
        "会议强调，要统筹做好农田水利建设和防汛抗旱准备，加快高标准农田建设进度，力争5月底前完成年度建设任务的一半以上。",
        "各市、州、直管市、神农架林区农业农村部门主要负责同志参加会议。",
        "会议提出，今年全省粮食播种面积稳定在7000万亩以上，早稻面积力争恢复到500万亩，油菜面积稳定在1600万亩左右。",
        "会议要求，各地要加快推进农业社会化服务，扶持发展农机专业合作社和家庭农场，推广代耕代种、统防统治、烘干仓储等托管服务，帮助小农户解决种地难题。",
        "会议还对农村人居环境整治、农产品质量安全监管、非洲猪瘟防控等工作作出部署，要求各地压实责任，抓好落实。",
    ],
    html="""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>全省春季农业生产工作会议在武汉召开 - 湖北省人民政府门户网站</title>
<meta name="SiteName" content="湖北省人民政府门户网站">
<meta name="SiteDomain" content="www.hubei.gov.cn">
<meta name="SiteIDCode" content="4200000045">
<meta name="ColumnName" content="湖北要闻">
<meta name="ArticleTitle" content="全省春季农业生产工作会议在武汉召开">
<meta name="PubDate" content="2019-03-05 08:30">
<meta name="ContentSource" content="湖北日报">
<link rel="stylesheet" href="/images/hbgov_2017/css/common.css">
<link rel="stylesheet" href="/images/hbgov_2017/css/article.css">
<script src="/images/hbgov_2017/js/jquery-1.11.3.min.js"></script>
<style>.TRS_Editor P{margin-top:0;margin-bottom:12px;line-height:1.8;font-family:宋体;font-size:12pt;}
.TRS_Editor DIV{margin-top:0;margin-bottom:12px;line-height:1.8;}</style>
</head>
<body>
<div class="hb-top"><div class="container"><span class="fl">欢迎访问湖北省人民政府门户网站</span>
<span class="fr"><a href="/wza/">无障碍</a> | <a href="http://english.hubei.gov.cn/">English</a> | <a href="/zfwz/">政务微博</a></span></div></div>
<div class="hb-header"><div class="container"><a href="/" class="logo"><img src="/images/hbgov_2017/images/logo.png" alt="湖北省人民政府门户网站"></a>
<form class="search" action="http://s.hubei.gov.cn/search" target="_blank"><input name="q" placeholder="请输入关键词"><button>搜索</button></form></div></div>
<div class="hb-nav"><ul class="container">
<li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/bsfw/">办事服务</a></li>
<li><a href="/hdjl/">互动交流</a></li><li><a href="/jdhy/">解读回应</a></li><li><a href="/hbgk/">湖北概况</a></li></ul></div>
<div class="container">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/hbyw/">湖北要闻</a> &gt; <a href="/zwgk/hbyw/hbywqb/">要闻全部</a></div>
<div class="article-box">
 <div class="hbgov-article-title"><h2>全省春季农业生产工作会议在武汉召开</h2></div>
 <div class="hbgov-article-meta row">
   <div class="col-md-8"><span class="hbgov-article-meta-time">2019-03-05 08:30</span>
   <span class="hbgov-article-meta-source">来源：湖北日报</span>
   <span>【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span></div>
   <div class="col-md-4 share"><span>分享到：</span><a class="wx" title="微信"></a><a class="wb" title="微博"></a><a class="qq" title="QQ空间"></a></div>
 </div>
 <div class="hbgov-article-content" id="detail">
  <div class="TRS_Editor">
""" + BODY + """  </div>
 </div>
 <div class="article-tools"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div>
 <div class="related"><h4>相关阅读</h4><ul>
  <li><a href="./t20190304_1712001.shtml">省政府常务会议研究部署春季农业生产</a><span>2019-03-04</span></li>
  <li><a href="./t20190301_1711870.shtml">我省启动2019年高标准农田建设</a><span>2019-03-01</span></li>
 </ul></div>
</div>
</div>
<div class="hb-footer"><div class="container">
<p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/sybz/">使用帮助</a></p>
<p>主办：湖北省人民政府办公厅　承办：湖北省人民政府办公厅政务公开办公室</p>
<p class="statement">网站声明：本网站所登载的各类信息，除注明来源外，版权归湖北省人民政府门户网站所有。未经书面授权，任何单位和个人不得转载、摘编或以其他方式使用本网站内容；经授权使用的，应注明来源并不得歪曲、篡改。</p>
<p>网站标识码：4200000045　<a href="https://beian.miit.gov.cn/">鄂ICP备05003305号</a>　鄂公网安备 42010602000121号</p>
</div></div>
<script src="/images/hbgov_2017/js/common.js"></script>
<script>var _hmt=_hmt||[];(function(){var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?5544783ae3e1427d6972d9e77268f25d";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();</script>
</body>
</html>
"""))

# 2. Jiangsu provincial portal, Hanweb (大汉) CMS: #zoom, <!--<$[...]>begin--> markers, title in a td.
add(Page(
    file="gov-jiangsu-hanweb-zoom.html",
    url="http://www.jiangsu.gov.cn/art/2021/6/18/art_60095_9853456.html",
    title="省政府办公厅关于进一步做好稳就业工作的通知",
    published_at="2021-06-18T10:21",
    notes="Hanweb: title in td.title, date 发布日期 in a table row, body in #zoom with hanweb markers; signature lines are body",
    render=paragraphs('<p style="text-indent: 2em; text-align: justify;">'),
    body=[
        "各设区市人民政府，省各委办厅局，省各直属单位：",
        "为深入贯彻落实党中央、国务院关于做好“六稳”工作、落实“六保”任务的决策部署，进一步稳定和扩大就业，经省人民政府同意，现就有关事项通知如下。",
        "一、支持企业稳定岗位。对不裁员或少裁员的参保企业，继续实施失业保险稳岗返还政策，中小微企业返还比例最高可提至60%。",
        "二、拓宽高校毕业生就业渠道。扩大事业单位、国有企业招聘规模，鼓励基层项目招募，落实就业见习补贴，见习期满留用率达到50%以上的单位，见习补贴标准提高10%。",
        "三、强化重点群体就业帮扶。对就业困难人员实行实名制动态管理和分类帮扶，确保零就业家庭动态清零。",
        "江苏省人民政府办公厅",
        "2021年6月16日",
        "（此件公开发布）",
    ],
    html="""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>江苏省人民政府 省政府办公厅关于进一步做好稳就业工作的通知</title>
<meta name="SiteName" content="江苏省人民政府">
<meta name="SiteDomain" content="www.jiangsu.gov.cn">
<meta name="SiteIDCode" content="3200000063">
<meta name="ColumnName" content="省政府办公厅文件">
<meta name="ArticleTitle" content="省政府办公厅关于进一步做好稳就业工作的通知">
<meta name="PubDate" content="2021-06-18 10:21">
<meta name="ContentSource" content="省政府办公厅">
<meta name="Keywords" content="稳就业">
<script language="javascript" src="/script/0/1809181051542862.js"></script>
<link href="/script/hanweb.css" rel="stylesheet" type="text/css" />
<style type="text/css">#zoom p{line-height:2;font-size:16px;margin:0 0 10px;}</style>
</head>
<body>
<div class="top"><div class="w1200"><div class="logo"><a href="/"><img src="/images/4/logo.png" alt="江苏省人民政府" /></a></div>
<div class="topsearch"><form action="/jrobot/search.do" method="get" target="_blank"><input type="text" name="q" class="txt" /><input type="hidden" name="webid" value="1" /><input type="submit" value="" class="btn" /></form></div></div></div>
<div class="nav"><div class="w1200"><ul>
<li><a href="/">首页</a></li><li><a href="/col/col76481/index.html">要闻动态</a></li><li><a href="/col/col84234/index.html">政务公开</a></li>
<li><a href="/col/col76926/index.html">政务服务</a></li><li><a href="/col/col76927/index.html">政民互动</a></li><li><a href="/col/col31360/index.html">走进江苏</a></li>
</ul></div></div>
<div class="w1200 bt-position">当前位置：<a href="/">首页</a> &gt; <a href="/col/col84234/index.html">政务公开</a> &gt; <a href="/col/col60095/index.html">省政府办公厅文件</a></div>
<div class="w1200 main">
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="xxgk_table">
<tr><td class="tdtit">索 引 号：</td><td>014000319/2021-00312</td><td class="tdtit">分　　类：</td><td>劳动、人事、监察\\劳动就业</td></tr>
<tr><td class="tdtit">发布机构：</td><td>省政府办公厅</td><td class="tdtit">发文日期：</td><td>2021-06-16</td></tr>
<tr><td class="tdtit">文　　号：</td><td>苏政办发〔2021〕38号</td><td class="tdtit">发布日期：</td><td>2021-06-18 10:21</td></tr>
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="title" align="center">省政府办公厅关于进一步做好稳就业工作的通知</td></tr>
<tr><td height="20" align="center" class="bt_content">浏览次数：<span id="hitcount">3289</span>　<a href="javascript:window.print();">打印本页</a>　<a href="javascript:window.close();">关闭窗口</a></td></tr>
<tr><td>
<div id="zoom">
<!--<$[信息内容]>begin-->""" + BODY + """<!--<$[信息内容]>end-->
</div>
</td></tr>
</table>
<div class="xgwz"><div class="xgwz_tit">相关文章</div><ul>
<li><a href="/art/2021/6/10/art_46143_9845511.html">我省出台支持多渠道灵活就业十条措施</a></li>
<li><a href="/art/2021/5/28/art_46143_9832012.html">一图读懂｜稳就业政策怎么享受</a></li></ul></div>
</div>
<div class="footer"><div class="w1200">
<p>主办单位：江苏省人民政府办公厅　网站标识码：3200000063</p>
<p><a href="https://beian.miit.gov.cn" target="_blank">苏ICP备05010207号</a>　苏公网安备 32010202010247号</p>
<p>建议使用1920×1080分辨率 IE10以上浏览器</p></div></div>
<script type="text/javascript">$(function(){ $('#hitcount').load('/module/visitcount/articlehits.jsp?colid=60095&artid=9853456'); });</script>
</body>
</html>
"""))

# 3. A municipal portal on Ucap (开普) CMS: <ucaptitle>/<ucapcontent>, 年月日 时分 date, data table.
add(Page(
    file="gov-hengyang-ucap.html",
    url="http://www.hengyang.gov.cn/xxgk/dtxx/tzgg/20200714/i2101234.html",
    title="衡阳市2020年夏季高温时段户外作业调整安排的通告",
    published_at="2020-07-14T16:05",
    notes="Ucap CMS: <ucaptitle>, <ucapcontent>, date 2020年07月14日 16时05分; table in body",
    body=[
        "为切实保障高温天气下户外作业人员身体健康和生命安全，根据国家有关规定，结合我市实际，现就2020年夏季高温时段户外作业调整安排通告如下：",
        "一、日最高气温达到40℃以上，应当停止当日室外露天作业；日最高气温达到37℃以上、40℃以下时，用人单位全天安排劳动者室外露天作业时间累计不得超过6小时。",
        "二、各用人单位应按规定向劳动者发放高温津贴，具体标准如下：",
        Table([["作业类别", "发放时间", "标准（元/人·月）"],
               ["室外露天作业", "6月至9月", "300"],
               ["室内高温作业", "6月至9月", "200"]]),
        "三、各级人力资源社会保障部门要加强监督检查，对违反规定的用人单位依法予以处理。",
        "衡阳市人力资源和社会保障局",
        "2020年7月14日",
    ],
    render=paragraphs('<p style="text-indent:2em;">', table=lambda t: '<div style="text-align:center">'
                      '<table class="MsoTableGrid" border="1" cellspacing="0" style="margin:0 auto;border-collapse:collapse"><tbody>'
                      + "".join("<tr>" + "".join(f'<td width="160" valign="top"><p align="center">{esc(c)}</p></td>' for c in row) + "</tr>" for row in t.rows)
                      + "</tbody></table></div>\n"),
    html="""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>衡阳市2020年夏季高温时段户外作业调整安排的通告_通知公告_衡阳市人民政府门户网站</title>
<meta name="SiteName" content="衡阳市人民政府门户网站">
<meta name="SiteDomain" content="www.hengyang.gov.cn">
<meta name="ColumnName" content="通知公告">
<meta name="ArticleTitle" content="衡阳市2020年夏季高温时段户外作业调整安排的通告">
<meta name="PubDate" content="2020-07-14 16:05">
<link href="/u/cms/www/css/common.css" rel="stylesheet">
<script src="/u/cms/www/js/jquery.js"></script>
<script src="/u/cms/www/js/ucap.js"></script>
</head>
<body>
<div class="header"><div class="wrap"><img src="/u/cms/www/images/logo.png" alt="衡阳市人民政府门户网站">
<div class="hd-link"><a href="/">首页</a><a href="/xxgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a><a href="/zjhy/">走进衡阳</a></div></div></div>
<div class="wrap">
<div class="crumbs">您当前所在位置：<a href="/">首页</a> » <a href="/xxgk/">政务公开</a> » <a href="/xxgk/dtxx/">动态信息</a> » <a href="/xxgk/dtxx/tzgg/">通知公告</a></div>
<div class="article">
 <div class="art-hd">
  <h1><ucaptitle>衡阳市2020年夏季高温时段户外作业调整安排的通告</ucaptitle></h1>
  <div class="art-info"><span>发布时间：2020年07月14日 16时05分</span><span>来源：市人力资源和社会保障局</span><span>浏览次数：<i id="hits">1024</i></span>
  <span class="font">字号：<a href="javascript:;" onclick="setFont(18)">大</a><a href="javascript:;" onclick="setFont(16)">中</a><a href="javascript:;" onclick="setFont(14)">小</a></span></div>
 </div>
 <div class="art-bd" id="zoom"><div id="font">
  <ucapcontent>""" + BODY + """</ucapcontent>
 </div></div>
 <div class="art-ft"><div class="bdsharebuttonbox"><span>分享到：</span><a href="#" class="bds_weixin" data-cmd="weixin"></a><a href="#" class="bds_tsina" data-cmd="tsina"></a></div>
 <a href="javascript:window.print();" class="print">打印</a><a href="javascript:window.close();" class="close">关闭</a></div>
 <div class="prev-next"><p>上一篇：<a href="/xxgk/dtxx/tzgg/20200713/i2101100.html">关于2020年第二批就业见习基地认定结果的公示</a></p><p>下一篇：<a href="/xxgk/dtxx/tzgg/20200715/i2101300.html">衡阳市公共租赁住房分配公告</a></p></div>
</div>
</div>
<div class="footer"><div class="wrap">
<p>版权所有：衡阳市人民政府　主办：衡阳市人民政府办公室　承办：衡阳市大数据中心</p>
<p>网站标识码：4304000001　湘ICP备05002741号　湘公网安备43040502000101号</p></div></div>
<script>window._bd_share_config={"common":{"bdSnsKey":{},"bdText":"","bdMini":"2","bdPic":"","bdStyle":"0","bdSize":"16"},"share":{}};</script>
</body>
</html>
"""))

# 4. Shanghai portal, nw-node style URLs: h2#ivs_title, small.PBtime date only, body #ivs_content.
add(Page(
    file="gov-shanghai-nw-node.html",
    url="https://www.shanghai.gov.cn/nw4411/20220908/8b1f0c2c3c4d4e2c9e3a1b2c3d4e5f60.html",
    title="本市发布促进绿色低碳产业发展若干措施",
    published_at="2022-09-08",
    notes="date only (no time) in small.PBtime after the heading; title in h2",
    body=[
        "9月7日，市政府新闻办举行新闻发布会，介绍《上海市促进绿色低碳产业发展若干措施》有关情况。",
        "《措施》明确，到2025年，全市绿色低碳产业规模突破5000亿元，培育一批具有国际竞争力的龙头企业，打造若干特色产业集群。",
        "在支持创新方面，《措施》提出，对承担国家重大科技项目的企业给予最高1000万元配套支持，鼓励企业建设研发与转化功能型平台。",
        "在应用场景方面，本市将在交通、建筑、能源等领域开放一批示范场景，推动新技术、新产品率先应用。",
        "市发展改革委相关负责人表示，下一步将会同各区、各部门抓好政策落实，定期评估实施效果。",
        "据了解，《措施》共包括6个方面、20条具体举措，涵盖新能源、节能环保、绿色材料、碳捕集利用与封存等重点领域。",
        "在金融支持方面，本市将设立绿色低碳产业投资基金，引导社会资本投向早期项目，并鼓励银行机构开发碳排放权、排污权等抵质押融资产品。",
        "在人才方面，本市对绿色低碳领域的高层次人才，在落户、住房、子女入学等方面给予支持。",
    ],
    render=paragraphs('<p style="text-indent:2em;margin-bottom:15px">'),
    html="""<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0">
<title>上海市人民政府</title>
<meta name="keywords" content="绿色低碳,产业,措施">
<meta name="description" content="9月7日，市政府新闻办举行新闻发布会，介绍《上海市促进绿色低碳产业发展若干措施》有关情况。">
<link rel="stylesheet" href="/assets/css/bootstrap.min.css">
<link rel="stylesheet" href="/assets/css/main.css">
</head>
<body>
<header class="header">
 <div class="container"><a class="logo" href="/"><img src="/assets/images/logo.png" alt="上海市人民政府"></a>
 <nav class="nav-main"><a href="/nw2/">首页</a><a href="/nw4411/">要闻动态</a><a href="/nw2314/">政务公开</a><a href="/nw48080/">政务服务</a><a href="/nw31406/">政民互动</a><a href="/nw2318/">城市概况</a></nav>
 <div class="lang"><a href="https://english.shanghai.gov.cn/">English</a></div></div>
</header>
<div class="container">
 <ol class="breadcrumb"><li><a href="/nw2/">首页</a></li><li><a href="/nw4411/">要闻动态</a></li><li class="active">市政府要闻</li></ol>
 <div class="row">
  <div class="col-md-9">
   <div class="Article">
    <h2 id="ivs_title" class="Article-title">本市发布促进绿色低碳产业发展若干措施</h2>
    <small class="PBtime">2022-09-08</small>
    <div class="fontsize"><span>字号</span><a data-size="18">大</a><a data-size="16">中</a><a data-size="14">小</a></div>
    <div id="ivs_content" class="Article_content">
""" + BODY + """    </div>
    <div class="share-box">分享到：<a class="share-weixin" href="javascript:;"></a><a class="share-weibo" href="javascript:;"></a></div>
   </div>
  </div>
  <div class="col-md-3 sidebar">
   <div class="panel"><div class="panel-heading">热点推荐</div><ul class="list-unstyled">
    <li><a href="/nw4411/20220907/a1.html">市政府常务会议研究部署稳经济有关工作</a></li>
    <li><a href="/nw4411/20220906/a2.html">全市重大工程建设推进会举行</a></li>
    <li><a href="/nw4411/20220905/a3.html">“一网通办”新增30项高频事项</a></li></ul></div>
  </div>
 </div>
</div>
<footer class="footer"><div class="container">
 <p><a href="/nw12344/">网站地图</a>|<a href="/nw12345/">联系我们</a>|<a href="/nw12346/">网站声明</a></p>
 <p>主办：上海市人民政府办公厅　运行维护：上海市大数据中心　网站标识码：3100000009</p>
 <p>沪ICP备05004120号-1　沪公网安备 31010102002533号</p>
</div></footer>
<script src="/assets/js/jquery.min.js"></script><script src="/assets/js/main.js"></script>
</body>
</html>
"""))

# 5. Guangdong portal, post_NNN CMS: h3.zw-title, 发布时间 with seconds, 来源 in a sibling span.
add(Page(
    file="gov-guangdong-post.html",
    url="https://www.gd.gov.cn/gdywdt/gdyw/content/post_4153421.html",
    title="广东一季度外贸进出口同比增长4.7%",
    published_at="2023-04-11T17:42:06",
    notes="post_ CMS; 发布时间 with seconds in span.time; picture with a caption inside the body",
    body=[
        "记者从海关总署广东分署获悉，今年一季度，广东外贸进出口1.84万亿元，同比增长4.7%。其中，出口1.22万亿元，增长10.6%；进口6189.5亿元，下降5.3%。",
        Img("/gdywdt/gdyw/content/post_4153421/images/a3f1.jpg", "4月10日，广州南沙港区集装箱码头一派繁忙景象。（资料图片）"),
        "从贸易方式看，一般贸易进出口1.07万亿元，增长8.1%，占全省外贸总值的58.2%。",
        "从市场看，广东对东盟、欧盟、美国分别进出口2960亿元、2080亿元和2040亿元，对“一带一路”沿线国家进出口增长12.6%。",
        "从产品看，电动载人汽车、锂离子蓄电池和太阳能电池“新三样”产品合计出口增长1.1倍。",
        "从经营主体看，民营企业进出口1.05万亿元，增长9.6%，占全省外贸总值的57.1%，比重较去年同期提升2.6个百分点。",
        "海关总署广东分署有关负责人表示，下一步将持续优化口岸营商环境，推进“智慧海关”建设，进一步压缩货物通关时间，助力外贸保稳提质。",
    ],
    render=paragraphs("<p>", img=lambda i: f'<p style="text-align: center;"><img src="{i.src}" alt="" /></p>\n<p style="text-align: center;"><span style="font-family: 楷体;">{esc(i.caption)}</span></p>\n'),
    html="""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>广东一季度外贸进出口同比增长4.7% - 广东省人民政府门户网站</title>
<meta name="SiteName" content="广东省人民政府门户网站">
<meta name="SiteDomain" content="www.gd.gov.cn">
<meta name="ColumnName" content="广东要闻">
<meta name="ArticleTitle" content="广东一季度外贸进出口同比增长4.7%">
<meta name="PubDate" content="2023-04-11 17:42">
<meta name="ContentSource" content="南方日报">
<link rel="stylesheet" href="/gdgov/css/reset.css">
<link rel="stylesheet" href="/gdgov/css/content.css">
</head>
<body>
<div id="header"><div class="top-bar"><a href="/">广东省人民政府门户网站</a><span class="links"><a href="http://www.gd.gov.cn/gdywdt/">要闻动态</a><a href="http://www.gd.gov.cn/zwgk/">政务公开</a><a href="http://www.gdzwfw.gov.cn/">政务服务</a><a href="http://www.gd.gov.cn/hdjlpt/">互动交流</a><a href="http://www.gd.gov.cn/zjgd/">走进广东</a></span></div></div>
<div class="main">
 <div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/gdywdt/">要闻动态</a> &gt; <a href="/gdywdt/gdyw/">广东要闻</a></div>
 <div class="viewList">
  <h3 class="zw-title">广东一季度外贸进出口同比增长4.7%</h3>
  <div class="zw-info"><span class="time">发布时间：2023-04-11 17:42:06</span><span class="source">来源：南方日报</span>
  <span class="font">【字体：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>】</span>
  <span class="share">分享到：<a class="wx"></a><a class="wb"></a></span></div>
  <div class="zw">
""" + BODY + """  </div>
  <div class="zw-bottom"><div class="sign">【责任编辑：罗佳】</div>
  <div class="print"><a href="javascript:window.print()">【打印】</a><a href="javascript:window.close()">【关闭】</a></div></div>
 </div>
 <div class="jd-box"><div class="jd-hd">政策解读</div>
  <div class="jd-item"><a href="/zwgk/zcjd/content/post_4150200.html">图解：广东稳外贸稳外资若干措施</a><p>从优化通关服务、支持企业参展拓市场、加大出口信用保险支持等方面，一图读懂我省最新出台的稳外贸稳外资政策措施。</p></div></div>
 <div class="relate"><div class="relate-hd">相关新闻</div><ul>
  <li><a href="/gdywdt/gdyw/content/post_4150011.html">一季度广东经济运行稳中向好</a><span>2023-04-08</span></li>
  <li><a href="/gdywdt/gdyw/content/post_4149922.html">广东出台稳外贸稳外资若干措施</a><span>2023-04-06</span></li></ul></div>
</div>
<div id="footer"><p>主办：广东省人民政府办公厅　承办：广东省政务服务数据管理局</p>
<p>网站标识码：4400000064　<a href="https://beian.miit.gov.cn/">粤ICP备05070829号</a>　粤公网安备 44010402000001号</p></div>
<script src="/gdgov/js/jquery.min.js"></script><script src="/gdgov/js/font.js"></script>
</body>
</html>
"""))

# 6. A ministry notice (NDRC, TRS): article_title div, 发布时间 with slashes, body plus an attachment.
add(Page(
    file="ministry-ndrc-notice.html",
    url="https://www.ndrc.gov.cn/xxgk/zcfb/tz/202203/t20220323_1320012.html",
    title="国家发展改革委办公厅关于做好2022年春季农业生产资料保供稳价工作的通知",
    published_at="2022-03-23",
    notes="ministry notice; 发布时间 2022/03/23 with slashes; body with signature and a separate attachment line (attachment not body)",
    attachments=["2022年春耕化肥保供重点企业名单.docx"],
    body=[
        "各省、自治区、直辖市及计划单列市、新疆生产建设兵团发展改革委：",
        "为保障春耕生产顺利进行，稳定农业生产资料市场价格，现就有关事项通知如下。",
        "一、加强产销衔接。各地要组织重点化肥生产企业与流通企业签订供货协议，确保春耕期间化肥供应不断档、不脱销。",
        "二、用好储备调节。各地要及时投放春耕化肥储备，优先保障粮食主产区和种粮大户需求。",
        "三、加强价格监测。各地要密切跟踪化肥、农药、农膜等农资价格变化，发现异常波动及时报告。",
        "国家发展改革委办公厅",
        "2022年3月20日",
    ],
    render=paragraphs('<p style="text-indent: 2em;">'),
    html="""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>国家发展改革委办公厅关于做好2022年春季农业生产资料保供稳价工作的通知 - 通知 - 国家发展和改革委员会</title>
<meta name="ColumnName" content="通知">
<meta name="ArticleTitle" content="国家发展改革委办公厅关于做好2022年春季农业生产资料保供稳价工作的通知">
<meta name="PubDate" content="2022-03-23">
<link rel="stylesheet" href="/images/style.css">
</head>
<body>
<div class="header"><div class="container"><a href="/" class="logo"><img src="/images/logo.png" alt="中华人民共和国国家发展和改革委员会"></a>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/xwdt/">新闻动态</a></li><li><a href="/xxgk/">政务公开</a></li><li><a href="/fggz/">发展改革工作</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div></div>
<div class="container">
<div class="path"><a href="/">首页</a> &gt; <a href="/xxgk/">政务公开</a> &gt; <a href="/xxgk/zcfb/">政策发布</a> &gt; <a href="/xxgk/zcfb/tz/">通知</a></div>
<div class="article">
 <div class="article_title">国家发展改革委办公厅关于做好2022年春季农业生产资料保供稳价工作的通知</div>
 <div class="wh">发改办价格〔2022〕231号</div>
 <div class="time"><span>发布时间：2022/03/23</span><span class="laiyuan">来源：价格司</span>
 <span class="zh">[ <a href="javascript:;" onclick="doZoom(16)">大</a> <a href="javascript:;" onclick="doZoom(14)">中</a> <a href="javascript:;" onclick="doZoom(12)">小</a> ]</span></div>
 <div class="article_con article_con_title">
  <div class="TRS_Editor"><div class="Custom_UnionStyle">
""" + BODY + """  </div></div>
 </div>
 <div class="attachment_r"><p>附件：<a href="./P020220323586512345678.docx" oldsrc="/protect/P0202203/P020220323586512345678.docx">2022年春耕化肥保供重点企业名单.docx</a></p></div>
 <div class="bottom_tools"><a href="javascript:window.print();">打印</a><a href="javascript:window.close();">关闭</a></div>
</div>
</div>
<div class="footer"><p>版权所有：国家发展和改革委员会　地址：北京市西城区月坛南街38号</p><p>网站标识码：bm04000007　京ICP备05052393号　京公网安备11010202007625号</p></div>
</body>
</html>
"""))

# 7. Ministry (MEE) attachment-only announcement: an article with no text but a PDF.
add(Page(
    file="ministry-mee-attachment-only.html",
    url="https://www.mee.gov.cn/xxgk2018/xxgk/xxgk01/202111/t20211102_958812.html",
    title="关于发布《排污许可证申请与核发技术规范 工业固体废物（试行）》的公告",
    published_at="2021-11-02",
    notes="attachment-only: body empty, one PDF; 发布日期 in the info table",
    attachments=["关于发布《排污许可证申请与核发技术规范 工业固体废物（试行）》的公告.pdf"],
    html="""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>关于发布《排污许可证申请与核发技术规范 工业固体废物（试行）》的公告</title>
<meta name="ArticleTitle" content="关于发布《排污许可证申请与核发技术规范 工业固体废物（试行）》的公告">
<meta name="PubDate" content="2021-11-02">
<link href="/images/xxgk2018.css" rel="stylesheet" type="text/css">
</head>
<body>
<div class="xxgk_top"><img src="/images/xxgk_logo.png" alt="中华人民共和国生态环境部 政府信息公开"></div>
<div class="xxgk_nav"><a href="/xxgk2018/">信息公开首页</a><a href="/xxgk2018/xxgk/xxgk01/">公告</a><a href="/xxgk2018/xxgk/xxgk03/">文件</a><a href="/xxgk2018/xxgk/xxgk05/">通知</a></div>
<div class="xxgk_main">
<div class="weizhi">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk2018/">政府信息公开</a> &gt; 公告</div>
<div class="content_top_box">
<table class="content_top">
<tr><td class="td_tit">索 引 号：</td><td>000014672/2021-01123</td><td class="td_tit">分类：</td><td>环境影响评价</td></tr>
<tr><td class="td_tit">发布机关：</td><td>生态环境部</td><td class="td_tit">生成日期：</td><td>2021-10-28</td></tr>
<tr><td class="td_tit">标　　题：</td><td colspan="3">关于发布《排污许可证申请与核发技术规范 工业固体废物（试行）》的公告</td></tr>
<tr><td class="td_tit">文　　号：</td><td>公告 2021年 第58号</td><td class="td_tit">发布日期：</td><td>2021-11-02</td></tr>
</table>
</div>
<div class="content_body">
 <div class="content_body_box">
  <h2 class="neiright_Title">关于发布《排污许可证申请与核发技术规范 工业固体废物（试行）》的公告</h2>
  <div class="neiright_JPZ_GK_CP">
  <p><span style="font-size:16px">附件：<a href="./W020211102598712345678.pdf" target="_blank">关于发布《排污许可证申请与核发技术规范 工业固体废物（试行）》的公告.pdf</a></span></p>
  </div>
 </div>
</div>
</div>
<div class="xxgk_foot"><p>版权所有：中华人民共和国生态环境部　ICP备案编号：京ICP备05009132号</p><p>网站标识码：bm17000009　京公网安备 11040102700072号</p></div>
<script src="/images/jquery.js"></script>
</body>
</html>
"""))

# 8. Sichuan portal, attachment-only with two attachments; title only as a div, date 时间：.
add(Page(
    file="gov-sichuan-attachment-only.html",
    url="https://www.sc.gov.cn/10462/10464/10797/2022/12/9/1a2b3c4d5e6f47889900aabbccddeeff.shtml",
    title="四川省2022年第二批省级重点研发项目拟立项名单公示",
    published_at="2022-12-09T15:20",
    notes="attachment-only with two attachments (xls and pdf); date 时间： in a div",
    attachments=["四川省2022年第二批省级重点研发项目拟立项名单.xls", "公示说明.pdf"],
    html="""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>四川省2022年第二批省级重点研发项目拟立项名单公示- 四川省人民政府网站</title>
<link rel="stylesheet" type="text/css" href="/css/sc_detail.css">
<script type="text/javascript" src="/js/jquery-1.8.3.min.js"></script>
</head>
<body>
<div class="topbar"><div class="w1100"><span>四川省人民政府网站</span><a href="http://www.sc.gov.cn/10462/wza2012/wza.shtml">无障碍浏览</a><a href="http://www.sc.gov.cn/10462/c102914/english.shtml">English</a></div></div>
<div class="w1100 headlogo"><img src="/images/sc_logo.png" alt="四川省人民政府"></div>
<div class="w1100 mainnav"><a href="/">首页</a><a href="/10462/10464/10797/tzgg.shtml">通知公告</a><a href="/10462/c103042/zfxxgk.shtml">信息公开</a><a href="/10462/c103046/bsfw.shtml">办事服务</a></div>
<div class="w1100 location">您现在的位置：<a href="/">首页</a> &gt; <a href="/10462/10464/10797/tzgg.shtml">通知公告</a></div>
<div class="w1100 contentbox">
 <div class="contTitle">四川省2022年第二批省级重点研发项目拟立项名单公示</div>
 <div class="contInfo"><span>时间：2022-12-09 15:20</span>　<span>来源：科技厅</span></div>
 <div class="contText" id="cmsArticleContent">
  <p>附件：<a href="/10462/10464/10797/2022/12/9/files/P020221209512340001.xls">四川省2022年第二批省级重点研发项目拟立项名单.xls</a></p>
  <p>　　　<a href="/10462/10464/10797/2022/12/9/files/P020221209512340002.pdf">公示说明.pdf</a></p>
 </div>
 <div class="contTools"><a href="javascript:window.print();">打印本页</a> | <a href="javascript:window.close();">关闭窗口</a></div>
</div>
<div class="footer"><p>主办：四川省人民政府办公厅　网站标识码：5100000062</p><p>蜀ICP备05003809号　川公网安备 51010402000507号</p></div>
</body>
</html>
"""))

# 9. Henan provincial portal of 2008, GB2312, table layout; title only in <strong><font>.
add(Page(
    file="gov-henan-2008-gb2312.html",
    url="http://www.henan.gov.cn/ywdt/system/2008/11/20/010105432.shtml",
    encoding="gb2312",
    title="我省今冬明春农田水利基本建设全面展开",
    published_at="2008-11-20",
    notes="GB2312 bytes, table layout of the 2000s, title in <strong><font>, 时间：date with 来源 in one cell",
    render=br_lines(),
    body=[
        "入冬以来，我省各地抢抓有利时机，掀起农田水利基本建设高潮。截至11月18日，全省已投入劳力320万人，完成土石方1.2亿立方米。",
        "今冬明春，全省计划新增和恢复有效灌溉面积150万亩，改善灌溉面积400万亩，新增节水灌溉面积80万亩。",
        "省水利厅要求，各地要把农田水利建设与粮食生产核心区建设结合起来，集中力量建设一批旱涝保收的高标准农田。",
        "据了解，今年全省农田水利建设资金投入将超过60亿元，其中中央和省级财政补助资金18亿元，重点支持小型农田水利重点县建设和大中型灌区续建配套与节水改造。",
        "在豫东平原，各地组织群众清淤疏浚沟渠，维修配套机井和桥涵闸；在豫西丘陵地区，各地因地制宜兴修塘坝、水窖等小型蓄水工程，解决群众灌溉和饮水难题。",
        "省水利厅有关负责人表示，将派出督导组分赴各地，对工程进度和质量进行检查，确保明年汛前完工并发挥效益。",
    ],
    html="""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>我省今冬明春农田水利基本建设全面展开--河南省人民政府门户网站</title>
<link href="/css/style.css" rel="stylesheet" type="text/css">
<script language="JavaScript" src="/js/menu.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="/images/top_banner.jpg" width="960" height="120" alt="河南省人民政府门户网站"></td></tr>
<tr><td class="nav" background="/images/nav_bg.gif">
<a href="/">首页</a> | <a href="/ywdt/">要闻动态</a> | <a href="/zwgk/">政务公开</a> | <a href="/bsfw/">办事服务</a> | <a href="/gzhd/">公众互动</a> | <a href="/zjhn/">走进河南</a></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="220" valign="top" class="left">
 <table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="lefttit">要闻动态</td></tr>
 <tr><td><a href="/ywdt/szyw/">省政府要闻</a><br><a href="/ywdt/gdxw/">各地新闻</a><br><a href="/ywdt/bmdt/">部门动态</a></td></tr></table>
</td>
<td width="740" valign="top">
 <table width="100%" border="0" cellspacing="0" cellpadding="0">
 <tr><td height="30" class="weizhi">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/ywdt/">要闻动态</a> &gt;&gt; 正文</td></tr>
 <tr><td height="50" align="center"><strong><font size="4" color="#003399">我省今冬明春农田水利基本建设全面展开</font></strong></td></tr>
 <tr><td height="25" align="center" class="hui12">时间：2008-11-20&nbsp;&nbsp;&nbsp;&nbsp;来源：河南日报&nbsp;&nbsp;&nbsp;&nbsp;【<a href="javascript:fontZoom(16)">大</a> <a href="javascript:fontZoom(14)">中</a> <a href="javascript:fontZoom(12)">小</a>】</td></tr>
 <tr><td><hr size="1" color="#cccccc"></td></tr>
 <tr><td class="font14" style="line-height:180%">
""" + BODY + """ </td></tr>
 <tr><td align="right" class="hui12">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
 </table>
</td>
</tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="foot">
<tr><td align="center">主办：河南省人民政府办公厅　承办：河南省人民政府信息中心<br>
版权所有 河南省人民政府门户网站　豫ICP备05015023号</td></tr>
</table>
</body>
</html>
"""))

# 10. A provincial statistics bureau release: full-width digits and points, 2020/01/20 09:30, table.
add(Page(
    file="gov-stats-fullwidth.html",
    url="http://tjj.shandong.gov.cn/art/2020/1/20/art_6196_8712345.html",
    title="2019年全省经济运行情况",
    published_at="2020-01-20T09:30",
    notes="full-width numbers written as published (３．２７万亿元, ５．９％); date with slashes; data table in body",
    body=[
        "根据地区生产总值统一核算结果，2019年全省实现生产总值７．１１万亿元，按可比价格计算，比上年增长５．５％。",
        "分产业看，第一产业增加值５１１６．４亿元，增长１．１％；第二产业增加值２．８３万亿元，增长２．６％；第三产业增加值３．７７万亿元，增长８．８％。",
        "全年社会消费品零售总额３．２７万亿元，增长６．４％；居民消费价格上涨２．９％，城镇新增就业１１５．３万人，城镇登记失业率为３．３％。",
        "全年全体居民人均可支配收入３１５９７元，增长７．９％；城镇居民人均可支配收入增长５．９％，农村居民人均可支配收入增长８．８％。",
        Table([["指标", "绝对值", "比上年增长（％）"],
               ["生产总值（亿元）", "７１０６７．５", "５．５"],
               ["社会消费品零售总额（亿元）", "３２６８０．１", "６．４"],
               ["居民人均可支配收入（元）", "３１５９７", "７．９"]]),
        "总的看，2019年全省经济运行总体平稳，稳中有进，但也要看到，经济下行压力依然较大。",
    ],
    render=paragraphs('<p style="TEXT-INDENT: 2em">', table=lambda t: '<table class="ke-zeroborder" border="0" cellspacing="0" cellpadding="0" align="center" width="600">\n'
                      + "".join("<tr>" + "".join(f'<td style="border:1px solid #000" align="center"><span style="font-size:14px">{esc(c)}</span></td>' for c in row) + "</tr>\n" for row in t.rows)
                      + "</table>\n"),
    html="""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>山东省统计局 统计数据 2019年全省经济运行情况</title>
<meta name="ArticleTitle" content="2019年全省经济运行情况">
<meta name="PubDate" content="2020-01-20 09:30">
<meta name="ContentSource" content="山东省统计局">
<link rel="stylesheet" href="/script/hanweb.css">
</head>
<body>
<div class="head"><img src="/images/tjj_logo.png" alt="山东省统计局"><div class="headnav"><a href="/">首页</a><a href="/col/col6196/">统计数据</a><a href="/col/col6197/">统计分析</a><a href="/col/col6198/">统计公报</a><a href="/col/col6199/">政务公开</a></div></div>
<div class="wz">当前位置：<a href="/">首页</a> &gt; <a href="/col/col6196/">统计数据</a></div>
<div class="main-box">
 <h1 class="main-tit">2019年全省经济运行情况</h1>
 <p class="main-xx">发布时间：2020/01/20 09:30　　信息来源：山东省统计局　　<a href="javascript:window.print()">打印</a></p>
 <div class="main-txt" id="zoom">
""" + BODY + """ </div>
 <div class="share">分享：<a class="bds_weixin"></a><a class="bds_tsina"></a><a class="bds_qzone"></a></div>
</div>
<div class="foot">版权所有：山东省统计局　地址：济南市市中区经十路17021号<br>网站标识码：3700000031　鲁ICP备05002386号</div>
</body>
</html>
"""))

# 11. NOT an article: an Anhui portal column list page.
add(Page(
    file="gov-anhui-column-list.html",
    url="https://www.ah.gov.cn/zwyw/jryw/index.html",
    title="今日要闻",
    published_at=None,
    is_article=False,
    notes="column list page: 12 dated links and a pager, no article",
    html="""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>今日要闻_安徽省人民政府</title>
<meta name="ColumnName" content="今日要闻">
<meta name="ColumnType" content="列表">
<link rel="stylesheet" href="/static/css/index.css">
</head>
<body>
<div class="header"><div class="w"><a href="/"><img src="/static/images/logo.png" alt="安徽省人民政府"></a></div></div>
<div class="navbar"><div class="w"><a href="/">首页</a><a href="/zwyw/">政务要闻</a><a href="/public/">信息公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a><a href="/zmah/">走进安徽</a></div></div>
<div class="w">
 <div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/zwyw/">政务要闻</a> &gt; 今日要闻</div>
 <div class="left-menu"><h3>政务要闻</h3><ul><li class="on"><a href="/zwyw/jryw/">今日要闻</a></li><li><a href="/zwyw/szyw/">省政府要闻</a></li><li><a href="/zwyw/ztzl/">专题专栏</a></li></ul></div>
 <div class="right-list">
  <div class="list-hd"><h2>今日要闻</h2></div>
  <ul class="doc_list list-8112345">
   <li><a href="/zwyw/jryw/553012345.html" title="省政府召开常务会议">省政府召开常务会议</a><span class="date">2023-06-12</span></li>
   <li><a href="/zwyw/jryw/553012301.html" title="全省安全生产工作电视电话会议召开">全省安全生产工作电视电话会议召开</a><span class="date">2023-06-12</span></li>
   <li><a href="/zwyw/jryw/553012250.html" title="我省夏粮收获进度过七成">我省夏粮收获进度过七成</a><span class="date">2023-06-11</span></li>
   <li><a href="/zwyw/jryw/553012199.html" title="长三角科技创新共同体建设推进会在合肥举行">长三角科技创新共同体建设推进会在合肥举行</a><span class="date">2023-06-10</span></li>
   <li><a href="/zwyw/jryw/553012100.html" title="安徽新能源汽车产量同比增长">安徽新能源汽车产量同比增长</a><span class="date">2023-06-09</span></li>
   <li><a href="/zwyw/jryw/553012050.html" title="省领导调研防汛工作">省领导调研防汛工作</a><span class="date">2023-06-09</span></li>
   <li><a href="/zwyw/jryw/553011998.html" title="全省“放管服”改革推进会召开">全省“放管服”改革推进会召开</a><span class="date">2023-06-08</span></li>
   <li><a href="/zwyw/jryw/553011950.html" title="我省启动2023年高校毕业生就业服务月活动">我省启动2023年高校毕业生就业服务月活动</a><span class="date">2023-06-07</span></li>
   <li><a href="/zwyw/jryw/553011901.html" title="皖北地区承接产业转移集聚区建设观摩会举行">皖北地区承接产业转移集聚区建设观摩会举行</a><span class="date">2023-06-06</span></li>
   <li><a href="/zwyw/jryw/553011850.html" title="合肥都市圈一体化发展取得新进展">合肥都市圈一体化发展取得新进展</a><span class="date">2023-06-05</span></li>
   <li><a href="/zwyw/jryw/553011800.html" title="省政府与中国科学院举行会商">省政府与中国科学院举行会商</a><span class="date">2023-06-05</span></li>
   <li><a href="/zwyw/jryw/553011750.html" title="全省生态环境保护大会召开">全省生态环境保护大会召开</a><span class="date">2023-06-04</span></li>
  </ul>
  <div class="page"><a href="index.html">首页</a><a href="javascript:;">上一页</a><span class="cur">1</span><a href="index_2.html">2</a><a href="index_3.html">3</a><a href="index_2.html">下一页</a><a href="index_40.html">尾页</a> 共40页</div>
 </div>
</div>
<div class="footer"><div class="w"><p>主办：安徽省人民政府办公厅　承办：安徽省数据资源管理局</p><p>网站标识码：3400000046　皖ICP备05002528号</p></div></div>
</body>
</html>
"""))

# 12-15. NOT articles: soft 404s in portal chrome.
add(Page(
    file="gov-fujian-404-english-sentence.html",
    url="https://www.fujian.gov.cn/xwdt/fjyw/202105/t20210512_5600000.htm",
    title="页面不存在",
    published_at=None,
    is_article=False,
    notes="soft 404 served with the portal chrome: heading 页面不存在 and one English sentence",
    html="""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>页面不存在_福建省人民政府门户网站</title>
<link rel="stylesheet" href="/images/common.css">
</head>
<body>
<div class="top-wrap"><div class="w1200"><a href="/" class="logo"><img src="/images/logo_fj.png" alt="福建省人民政府门户网站"></a>
<ul class="nav"><li><a href="/xwdt/">新闻动态</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zjfj/">走进福建</a></li></ul></div></div>
<div class="w1200 err-box">
 <div class="err-img"><img src="/images/404.png" alt=""></div>
 <div class="err-txt">
  <h2>页面不存在</h2>
  <p>The page you requested does not exist or has been removed.</p>
  <p class="btns"><a href="/">返回首页</a><a href="javascript:history.go(-1)">返回上一页</a></p>
 </div>
</div>
<div class="footer"><p>主办：福建省人民政府办公厅　网站标识码：3500000061</p><p>闽ICP备05016223号　闽公网安备 35010202000001号</p></div>
</body>
</html>
"""))

add(Page(
    file="gov-liaoning-404-redirect.html",
    url="http://www.ln.gov.cn/ywdt/jrln/202009/t20200915_3960000.html",
    title="您访问的页面不存在",
    published_at=None,
    is_article=False,
    notes="soft 404 with a countdown redirect and a long list of suggested links (more text than some articles)",
    html="""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>辽宁省人民政府</title>
<style>.box404{width:900px;margin:60px auto;text-align:center}.box404 h1{font-size:28px;color:#c00}.tj li{float:left;width:48%;text-align:left}</style>
<script>var s=5;function go(){s--;document.getElementById('sec').innerHTML=s;if(s<=0){location.href='http://www.ln.gov.cn/';}else{setTimeout(go,1000);}}window.onload=function(){setTimeout(go,1000);};</script>
</head>
<body>
<div class="head"><img src="/images/lngov_logo.png" alt="辽宁省人民政府"><div class="menu"><a href="/">首页</a><a href="/ywdt/">要闻动态</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a></div></div>
<div class="box404">
 <h1>您访问的页面不存在</h1>
 <p>可能是网址输入错误，或者该页面已经被移动、更名或删除。系统将在 <span id="sec">5</span> 秒后自动跳转到首页。</p>
 <div class="tj"><h3>您可以访问以下栏目：</h3><ul>
  <li><a href="/ywdt/jrln/">今日辽宁：全省各地经济社会发展动态</a></li>
  <li><a href="/zwgk/zfwj/">政府文件：省政府及省政府办公厅文件</a></li>
  <li><a href="/zwgk/zcjd/">政策解读：重要政策文件的权威解读</a></li>
  <li><a href="/zwfw/">政务服务：个人办事和法人办事一网通办</a></li>
  <li><a href="/hdjl/szxx/">省长信箱：您的意见建议我们认真办理</a></li>
  <li><a href="/zjln/">走进辽宁：辽宁概况、历史文化与旅游资源</a></li>
 </ul></div>
</div>
<div class="foot">主办：辽宁省人民政府办公厅　网站标识码：2100000059　辽ICP备05004567号</div>
</body>
</html>
"""))

add(Page(
    file="gov-hunan-info-deleted.html",
    url="http://www.hunan.gov.cn/hnyw/sy/hnyw1/201811/t20181123_5200000.html",
    title="该信息已删除",
    published_at=None,
    is_article=False,
    notes="soft 404: 该信息已删除 inside the normal article template (breadcrumb, share bar, empty meta)",
    html="""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>湖南省人民政府门户网站</title>
<link rel="stylesheet" href="/css/hn_article.css">
</head>
<body>
<div class="hn-head"><a href="/"><img src="/images/hn_logo.png" alt="湖南省人民政府门户网站"></a></div>
<div class="hn-nav"><a href="/">首页</a><a href="/hnyw/">湖南要闻</a><a href="/zwgk/">政务公开</a><a href="/hdjl/">互动交流</a><a href="/zjhn/">走进湖南</a></div>
<div class="hn-main">
 <div class="hn-crumb">当前位置：<a href="/">首页</a> &gt; <a href="/hnyw/">湖南要闻</a></div>
 <div class="hn-article">
  <div class="hn-article-title"><h1>该信息已删除</h1></div>
  <div class="hn-article-info"><span>发布时间：</span><span>来源：</span></div>
  <div class="hn-article-body"><p>对不起，您查看的信息已被删除或已撤销发布。</p></div>
  <div class="hn-share">分享：<a class="wx"></a><a class="wb"></a></div>
 </div>
</div>
<div class="hn-foot">湖南省人民政府办公厅主办　网站标识码：4300000063　湘ICP备05000802号</div>
</body>
</html>
"""))

add(Page(
    file="gov-jiangxi-info-expired.html",
    url="http://www.jiangxi.gov.cn/art/2019/7/2/art_393_690000.html",
    title="信息已过期",
    published_at=None,
    is_article=False,
    notes="soft 404: 信息已过期 (expired) with an old publication date still shown in the chrome",
    html="""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>信息已过期 江西省人民政府</title>
<link href="/script/hanweb.css" rel="stylesheet">
</head>
<body>
<div class="top"><img src="/picture/0/jx_logo.png" alt="江西省人民政府"></div>
<div class="nav"><a href="/">首页</a><a href="/col/col393/">江西要闻</a><a href="/col/col394/">政府信息公开</a><a href="/col/col395/">政务服务</a></div>
<div class="content">
 <table width="100%" cellpadding="0" cellspacing="0">
 <tr><td class="title" align="center">信息已过期</td></tr>
 <tr><td align="center" class="info">发布日期：2019-07-02　浏览次数：<span id="hits">15</span></td></tr>
 <tr><td><div id="zoom"><p style="text-align:center">该信息已超过公开期限，不再提供浏览。</p></div></td></tr>
 </table>
</div>
<div class="footer">主办：江西省人民政府办公厅　网站标识码：3600000015　赣ICP备05004128号</div>
</body>
</html>
"""))

# 16. A county portal whose bytes are GBK but whose http-equiv meta says UTF-8 (a lying meta).
add(Page(
    file="gov-county-gbk-lying-meta.html",
    url="http://www.xixian.gov.cn/html/zwdt/bmdt/2016-10-18/9512.html",
    encoding="gbk",
    title="县农业局开展秋季农作物病虫害统防统治",
    published_at="2016-10-18T11:06",
    notes="LYING META: bytes are GBK, the http-equiv meta declares utf-8 (template default); the server's header said GBK",
    body=[
        "连日来，县农业局组织植保技术人员深入各乡镇，开展秋季农作物病虫害统防统治工作。",
        "技术人员在田间地头向农户讲解小麦播种前种子包衣、土壤处理等防治技术，并现场发放防治技术明白纸3000余份。",
        "今年全县秋季统防统治面积达12万亩，专业化防治组织覆盖所有乡镇，病虫害危害损失率控制在5%以内。",
        "县农业局还组织开展了农药市场专项检查，共检查农资经营门店46家，督促经营者建立进销货台账，严防假劣农药流入市场。",
    ],
    render=paragraphs('<p style="text-indent:2em">'),
    html="""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>县农业局开展秋季农作物病虫害统防统治-息县人民政府</title>
<link href="/templates/default/css/style.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div id="top"><img src="/templates/default/images/banner.jpg" alt="息县人民政府" /></div>
<div id="menu"><a href="/">网站首页</a><a href="/html/zwdt/">政务动态</a><a href="/html/xxgk/">信息公开</a><a href="/html/bsfw/">办事服务</a><a href="/html/gzhd/">公众互动</a></div>
<div id="main">
 <div class="dqwz">当前位置：<a href="/">首页</a> &gt; <a href="/html/zwdt/">政务动态</a> &gt; <a href="/html/zwdt/bmdt/">部门动态</a></div>
 <div class="show">
  <h1>县农业局开展秋季农作物病虫害统防统治</h1>
  <div class="info">作者：县农业局　发布时间：2016-10-18 11:06　点击：<script src="/count.php?id=9512"></script></div>
  <div class="con">
""" + BODY + """  </div>
 </div>
</div>
<div id="foot">息县人民政府主办　地址：息县谯楼街1号　豫ICP备12003456号</div>
</body>
</html>
"""))

# 17. A municipal portal whose bytes are UTF-8 but whose meta says gb2312 (an old template).
add(Page(
    file="gov-city-utf8-lying-gb2312-meta.html",
    url="http://www.zhuzhou.gov.cn/c14500/20180611/i510000.html",
    title="株洲市启动城区背街小巷提质改造三年行动",
    published_at="2018-06-11",
    notes="LYING META: bytes are UTF-8, the http-equiv meta declares gb2312; date written 2018年6月11日 in the info line",
    body=[
        "6月10日，株洲市城区背街小巷提质改造三年行动正式启动。",
        "根据计划，2018年至2020年，全市将完成城区背街小巷提质改造360条，重点解决路面破损、排水不畅、照明不足、管线杂乱等问题。",
        "改造将坚持“先地下、后地上”，同步实施雨污分流和“三线”下地，今年计划完成改造120条。",
        "市城管局负责人介绍，改造方案将充分征求沿线居民意见，做到“一街一策”。",
        "首批启动改造的40条背街小巷主要分布在荷塘区、芦淞区和石峰区，多为上世纪八九十年代建成的老街巷，路面坑洼、雨天积水问题较为突出。",
        "在改造中，各区将同步规划建设一批口袋公园和便民服务点，并对沿街立面、店招店牌进行整治，让背街小巷既“整洁”又有“颜值”。",
        "市民可通过“株洲城管”微信公众号对改造工作提出意见建议，改造完成后还将组织居民代表参与验收。",
    ],
    render=paragraphs("<p>", indent="\u3000\u3000"),
    html="""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>株洲市启动城区背街小巷提质改造三年行动 - 株洲市人民政府</title>
<link rel="stylesheet" href="/res/css/zz.css" />
</head>
<body>
<div class="zz-top"><div class="zz-logo"><img src="/res/images/zz_logo.png" alt="株洲市人民政府" /></div></div>
<div class="zz-nav"><a href="/">首页</a><a href="/c14500/">株洲要闻</a><a href="/c14600/">政务公开</a><a href="/c14700/">网上办事</a><a href="/c14800/">政民互动</a></div>
<div class="zz-body">
 <div class="zz-crumb">位置：<a href="/">首页</a> → <a href="/c14500/">株洲要闻</a></div>
 <div class="zz-detail">
  <div class="zz-detail-title">株洲市启动城区背街小巷提质改造三年行动</div>
  <div class="zz-detail-info">2018年6月11日　来源：株洲日报　作者：刘芳</div>
  <div class="zz-detail-text">
""" + BODY + """  </div>
  <div class="zz-editor">责任编辑：周敏</div>
 </div>
</div>
<div class="zz-foot">株洲市人民政府办公室主办　湘ICP备05004321号　网站标识码：4302000007</div>
</body>
</html>
"""))

# 18. A district portal whose visible page has no heading: the title is only in <title>.
add(Page(
    file="gov-district-title-only-in-head.html",
    url="http://www.cqyb.gov.cn/bm/qfgw/zwgk_5671/zwdt/202104/t20210426_9216543.html",
    title="渝北区开展2021年“安全生产月”宣传咨询日活动",
    published_at="2021-04-26",
    notes="title only in <title> (with the site suffix after an underscore); date in a span with 日期： label",
    body=[
        "4月25日，渝北区在空港广场开展2021年“安全生产月”宣传咨询日活动。",
        "活动现场设置咨询台、展板和体验区，区应急管理局、区消防救援支队等20余个部门的工作人员向市民讲解安全生产法律法规和应急避险常识。",
        "当天共发放宣传资料8000余份，接受群众咨询600余人次。",
        "活动中，消防救援人员现场演示了灭火器和消防水带的使用方法，不少市民在工作人员指导下亲手进行了体验。",
        "区应急管理局负责人表示，今年“安全生产月”期间，全区还将开展隐患排查治理、应急演练进企业、安全知识进社区等系列活动，推动安全生产责任落实到每一个岗位。",
    ],
    render=paragraphs('<p style="text-indent: 2em; line-height: 2em;"><span style="font-size: 16px;">', "</span></p>"),
    html="""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>渝北区开展2021年“安全生产月”宣传咨询日活动_重庆市渝北区人民政府</title>
<link rel="stylesheet" href="/images/public.css">
</head>
<body>
<div class="header"><img src="/images/yb_banner.jpg" alt="重庆市渝北区人民政府"></div>
<div class="menu"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/bm/">部门</a><a href="/zwfw/">政务服务</a></div>
<div class="main">
 <div class="crumb"><a href="/">首页</a> / <a href="/bm/">部门</a> / <a href="/bm/qfgw/">区发展改革委</a> / 工作动态</div>
 <div class="detail">
  <div class="detail-meta"><span>日期：2021-04-26</span><span>来源：区应急管理局</span><span class="fontsize">字号：<a>大</a><a>中</a><a>小</a></span></div>
  <div class="detail-con TRS_UEDITOR trs_paper_default trs_web">
""" + BODY + """  </div>
 </div>
</div>
<div class="footer">主办：重庆市渝北区人民政府办公室　渝ICP备05003300号</div>
</body>
</html>
"""))

# 19. State Council English site: "Updated: March 5, 2019 08:30" in its own div.
add(Page(
    file="en-gov-statecouncil.html",
    url="http://english.www.gov.cn/premier/news/201903/05/content_WS5c7e1f2ac6d0b2b1c3a4d5e6.html",
    title="Premier calls for steady growth and more jobs",
    published_at="2019-03-05T08:30",
    notes="English government edition; Updated: Month D, YYYY HH:MM in div.pages-date; source line in another element",
    body=[
        "Premier Li Keqiang on Tuesday called for efforts to keep major economic indicators within an appropriate range and to give priority to employment.",
        "Speaking at a meeting in Beijing, the Premier said the country would cut taxes and fees further, improve the business environment and encourage innovation.",
        "He said that local governments should help small and micro businesses overcome difficulties, and that the urban surveyed unemployment rate should be kept at around 5.5 percent.",
        "More than 11 million new urban jobs are expected to be created this year, according to the meeting.",
    ],
    html="""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Premier calls for steady growth and more jobs</title>
<meta name="description" content="Premier Li Keqiang on Tuesday called for efforts to keep major economic indicators within an appropriate range.">
<meta property="og:title" content="Premier calls for steady growth and more jobs">
<link rel="stylesheet" href="/images/english2016/css/style.css">
</head>
<body>
<div class="header"><div class="container"><a href="http://english.www.gov.cn/" class="logo"><img src="/images/english2016/logo.png" alt="The State Council of the People's Republic of China"></a>
<ul class="menu"><li><a href="/news/">News</a></li><li><a href="/premier/">Premier</a></li><li><a href="/policies/">Policies</a></li><li><a href="/archive/">Archive</a></li><li><a href="/services/">Services</a></li></ul>
<form class="search"><input type="text" placeholder="Search"></form></div></div>
<div class="container">
<div class="BreadcrumbNav"><a href="/">Home</a> &gt; <a href="/premier/">Premier</a> &gt; <a href="/premier/news/">News</a></div>
<div class="article">
 <div class="title">Premier calls for steady growth and more jobs</div>
 <div class="pages-date">Updated: March 5, 2019 08:30</div>
 <div class="pages-source">Xinhua</div>
 <div class="share"><a class="facebook" href="#">Facebook</a><a class="twitter" href="#">Twitter</a><a class="linkedin" href="#">LinkedIn</a></div>
 <div class="pages_content" id="UCAP-CONTENT">
""" + BODY + """ </div>
 <div class="related"><h3>Related Stories</h3><ul>
  <li><a href="/premier/news/201903/04/content_1.html">Premier meets foreign experts</a></li>
  <li><a href="/premier/news/201903/01/content_2.html">State Council executive meeting on tax cuts</a></li></ul></div>
</div>
</div>
<div class="footer"><p>Copyright&copy; www.gov.cn | About us | Contact us</p><p>Registration Number: 05070218</p><p>All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to www.gov.cn.</p></div>
</body>
</html>
"""))

# 20. Shanghai English portal: "16 May 2023" day-month-year in words inside a source line.
add(Page(
    file="en-gov-shanghai.html",
    url="https://english.shanghai.gov.cn/en-Latest-WhatsNew/20230516/7f5c6b1a2d3e4f5a8b9c0d1e2f3a4b5c.html",
    title="Shanghai opens new cross-river ferry lines for commuters",
    published_at="2023-05-16",
    notes="English; date as '16 May 2023' in a line with the source; title in h1; body div without class",
    body=[
        "Three new ferry lines across the Huangpu River started operation on Monday, offering commuters more choices during the morning and evening rush hours.",
        "The lines connect Pudong with Yangpu and Xuhui districts, and each crossing takes about eight minutes, according to the city's transport commission.",
        "Fares remain at 2 yuan for a single trip, and passengers can pay with public transport cards or mobile apps.",
    ],
    html="""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Shanghai opens new cross-river ferry lines for commuters</title>
<link rel="stylesheet" href="/assets/en/css/main.css">
</head>
<body>
<header><div class="wrap"><a href="/" class="brand">SHANGHAI</a>
<nav><a href="/en-Latest-WhatsNew/">Latest</a><a href="/en-Government/">Government</a><a href="/en-Invest/">Invest</a><a href="/en-Travel/">Travel</a><a href="/en-Living/">Living</a></nav>
<a href="https://www.shanghai.gov.cn/" class="cn">中文</a></div></header>
<main class="wrap">
 <p class="crumbs"><a href="/">Home</a> / <a href="/en-Latest-WhatsNew/">What's New</a></p>
 <article>
  <h1>Shanghai opens new cross-river ferry lines for commuters</h1>
  <p class="sub">Source: Shanghai Daily | 16 May 2023</p>
  <div>
""" + BODY + """  </div>
 </article>
 <aside><h4>Most Read</h4><ol><li><a href="/en-Living/a1.html">How to apply for a residence permit</a></li><li><a href="/en-Travel/a2.html">Ten parks to visit in spring</a></li></ol></aside>
</main>
<footer><div class="wrap">Sponsored by the General Office of Shanghai Municipal People's Government | Shanghai ICP 05004120-1</div></footer>
</body>
</html>
"""))

# 21. Hong Kong government press release: "Ends/Tuesday, March 5, 2019 / Issued at HKT 17:45".
add(Page(
    file="en-gov-hk-press-release.html",
    url="https://www.info.gov.hk/gia/general/201903/05/P2019030500612.htm",
    title="Temporary traffic arrangements in Central",
    published_at="2019-03-05T17:45",
    notes="date and time only at the end: Ends/Tuesday, March 5, 2019 then Issued at HKT 17:45 (not body)",
    render=br_lines(indent="", sep="<br><br>\n"),
    body=[
        "The Transport Department announced today (March 5) that to facilitate road works, temporary traffic arrangements will be implemented in Central from 10pm on March 8 to 6am on March 11.",
        "During the period, the southbound lane of Ice House Street between Queen's Road Central and Chater Road will be closed to traffic.",
        "Motorists are advised to exercise tolerance and patience and take heed of instructions of the Police on site.",
    ],
    html="""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Temporary traffic arrangements in Central</title>
<link href="/gia/css/press.css" rel="stylesheet" type="text/css">
</head>
<body>
<div id="topBanner"><a href="https://www.info.gov.hk/gia/"><img src="/gia/images/banner_e.gif" alt="Press Releases"></a>
<span class="lang"><a href="https://www.info.gov.hk/gia/general/201903/05/P2019030500611.htm">繁</a> | <a href="https://sc.info.gov.hk/gb/www.info.gov.hk/gia/general/201903/05/P2019030500611.htm">简</a></span></div>
<table width="100%"><tr><td class="left" width="160"><a href="/gia/general/today.htm">Today's Press Releases</a><br><a href="/gia/ISD_public_Calendar_en.html">Calendar</a><br><a href="/gia/search.htm">Search</a></td>
<td valign="top">
<span id="PRHeadlineSpan" class="title">Temporary traffic arrangements in Central</span>
<div id="pressrelease">
""" + BODY + """</div>
<p>Ends/Tuesday, March 5, 2019<br>Issued at HKT 17:45</p>
<p><a href="/gia/general/201903/05.htm">Today's Press Releases</a></p>
</td></tr></table>
<div class="footer">2019 | Important notices</div>
</body>
</html>
"""))

# 22. Macao government portal: a day-first date, said to be day-first by the page itself.
add(Page(
    file="en-gov-macao-dayfirst.html",
    url="https://www.gov.mo/en/news/98765/",
    title="Light rail extension to Barra station opens for trial runs",
    published_at="2019-03-05",
    notes="DAY-FIRST: 05/03/2019 with the label 'Date (dd/mm/yyyy)' — 5 March, not 3 May",
    body=[
        "The light rail extension to Barra station began trial runs today, the Transport Infrastructure Office said.",
        "The 1.6-kilometre extension links the Taipa line with the Macao peninsula across the Sai Van bridge.",
        "Trial runs will last about three months before the extension is opened to passengers.",
    ],
    html="""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Light rail extension to Barra station opens for trial runs - Macao SAR Government Portal</title>
<link rel="stylesheet" href="/wp-content/themes/govmo/style.css">
</head>
<body class="single-news">
<header class="site-header"><a class="site-logo" href="/en/">Macao SAR Government Portal</a>
<ul class="lang"><li><a href="/zh-hant/news/98765/">繁</a></li><li><a href="/zh-hans/news/98765/">简</a></li><li><a href="/pt/noticias/98765/">PT</a></li><li class="active">EN</li></ul>
<nav class="primary"><a href="/en/news/">News</a><a href="/en/services/">Services</a><a href="/en/entities/">Entities</a><a href="/en/about-macao/">About Macao</a></nav></header>
<div class="container">
 <div class="news-detail">
  <div class="news-meta"><dl><dt>Date (dd/mm/yyyy)</dt><dd>05/03/2019</dd><dt>Source</dt><dd>Government Information Bureau</dd></dl></div>
  <h3 class="news-title">Light rail extension to Barra station opens for trial runs</h3>
  <div class="entry-content">
""" + BODY + """  </div>
  <div class="news-share"><a href="#" class="print">Print</a><a href="#" class="share-fb">Share</a></div>
 </div>
</div>
<footer class="site-footer"><p>Copyright &copy; Government Information Bureau of the Macao SAR</p></footer>
</body>
</html>
"""))

# 23. NOT an article: an English provincial edition's "Page Not Found".
add(Page(
    file="en-gov-page-not-found.html",
    url="http://english.beijing.gov.cn/latest/news/202110/t20211020_2516000.html",
    title="Page Not Found",
    published_at=None,
    is_article=False,
    notes="soft 404 in an English portal chrome",
    html="""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Page Not Found - english.beijing.gov.cn</title>
<link rel="stylesheet" href="/images/en2019/css/common.css">
</head>
<body>
<div class="header"><a href="/" class="logo"><img src="/images/en2019/logo.png" alt="Beijing"></a>
<ul class="nav"><li><a href="/latest/">Latest</a></li><li><a href="/government/">Government</a></li><li><a href="/investinginbeijing/">Investing</a></li><li><a href="/travellinginbeijing/">Travelling</a></li><li><a href="/livinginbeijing/">Living</a></li></ul></div>
<div class="main notfound">
 <h1>Page Not Found</h1>
 <p>Sorry, the page you are looking for may have been moved or deleted. Please check the address or go back to the <a href="/">homepage</a>.</p>
</div>
<div class="footer">Copyright &copy; The People's Government of Beijing Municipality. All rights reserved.</div>
</body>
</html>
"""))

# 24. A department's functions page: an article with a title and body but no date anywhere.
add(Page(
    file="gov-department-functions-nodate.html",
    url="http://sthjt.shanxi.gov.cn/zwgk/jgzn/",
    title="主要职责",
    published_at=None,
    notes="article with no date at all (not in text, metas or URL): published_at null; numbered duties as paragraphs",
    body=[
        "山西省生态环境厅是省政府组成部门，主管全省生态环境保护工作，主要承担以下职责：",
        "（一）拟订全省生态环境保护规划和政策，起草有关地方性法规、规章草案，并组织实施和检查。",
        "（二）统筹协调全省重大生态环境问题，组织调查处理较大以上环境污染和生态破坏事件。",
        "（三）分解落实主要污染物减排目标，组织实施排污许可管理，按年度开展考核。",
        "（四）监督管理大气、水、土壤、噪声和固体废物等污染防治工作，指导各市开展环境综合整治。",
    ],
    render=paragraphs('<p style="text-indent:2em;line-height:2">'),
    html="""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>主要职责-山西省生态环境厅</title>
<link rel="stylesheet" href="/images/sthjt/css/common.css">
</head>
<body>
<div class="top"><img src="/images/sthjt/logo.png" alt="山西省生态环境厅"><div class="top-r"><a href="/">首页</a> | <a href="/wzdt/">网站地图</a></div></div>
<div class="nav"><a href="/">首页</a><a href="/xwzx/">新闻中心</a><a href="/zwgk/">政务公开</a><a href="/hjzl/">环境质量</a><a href="/hdjl/">互动交流</a></div>
<div class="wrap">
 <div class="left"><h3>机构职能</h3><ul><li class="cur"><a href="/zwgk/jgzn/">主要职责</a></li><li><a href="/zwgk/jgzn/nsjg/">内设机构</a></li><li><a href="/zwgk/jgzn/zsdw/">直属单位</a></li><li><a href="/zwgk/jgzn/ldxx/">领导信息</a></li></ul></div>
 <div class="right">
  <div class="pos">您的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/jgzn/">机构职能</a></div>
  <div class="page-title">主要职责</div>
  <div class="page-con">
""" + BODY + """  </div>
 </div>
</div>
<div class="foot">主办：山西省生态环境厅　地址：太原市府西街1号　网站标识码：1400000032　晋ICP备05001234号</div>
</body>
</html>
"""))
