"""National and local news sites, Chinese and English."""

from build import BODY, Img, Page, Table, br_lines, esc, paragraphs

PAGES: list[Page] = []
add = PAGES.append

# 1. people.com.cn, 2015 layout, GB2312: h1, div.box01 date line, #rwb_zw body, full-width numbers.
add(Page(
    file="news-people-2015-gb2312.html",
    url="http://politics.people.com.cn/n/2015/0721/c1001-27333012.html",
    encoding="gb2312",
    title="上半年全国居民人均可支配收入同比实际增长７．６％",
    published_at="2015-07-21T08:22",
    notes="GB2312; date 2015年07月21日08:22 run together with 来源 in div.fl; full-width numbers in title and body",
    render=paragraphs("<p>", indent="\u3000\u3000"),
    body=[
        "本报北京7月20日电（记者王明）国家统计局日前发布数据，上半年全国居民人均可支配收入１１０９５元，同比名义增长９．３％，扣除价格因素实际增长７．６％。",
        "按常住地分，城镇居民人均可支配收入１５６９９元，实际增长６．８％；农村居民人均可支配收入５４５４元，实际增长８．３％。",
        "上半年全国居民人均消费支出７９０７元，同比名义增长８．４％。其中，城镇居民人均消费支出１０３９９元，农村居民人均消费支出４５２１元。",
        "国家统计局有关负责人表示，居民收入保持较快增长，城乡收入差距继续缩小。",
        "从收入来源看，上半年全国居民人均工资性收入６２８７元，增长９．０％；人均经营净收入１８５３元，增长６．４％；人均财产净收入８９２元，增长１１．９％；人均转移净收入２０６３元，增长１０．６％。",
        "这位负责人分析，居民收入增长较快，主要得益于就业形势总体稳定、农民工工资水平继续提高以及社会保障标准逐步提升。",
    ],
    html="""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="content-type" content="text/html;charset=GB2312"/>
<meta http-equiv="Content-Language" content="utf-8" />
<title>上半年全国居民人均可支配收入同比实际增长７．６％--时政--人民网 </title>
<meta name="keywords" content="可支配收入,统计局" />
<meta name="description" content="国家统计局日前发布数据，上半年全国居民人均可支配收入１１０９５元。" />
<meta name="filetype" content="0" />
<meta name="publishedtype" content="1" />
<meta name="pagetype" content="1" />
<meta name="catalogs" content="1001" />
<meta name="contentid" content="27333012" />
<meta name="publishdate" content="2015-07-21" />
<meta name="author" content="101234" />
<meta name="source" content="来源：人民网－人民日报" />
<link href="/img/2015people/css/page.css" type="text/css" rel="stylesheet" media="all" />
<script src="/img/2015people/js/jquery-1.7.1.min.js" type="text/javascript"></script>
</head>
<body>
<div id="rmw_topline"><div class="w1000"><span><a href="http://www.people.com.cn/">人民网</a></span><span>&gt;&gt;<a href="http://politics.people.com.cn/">时政</a></span>
<span class="login"><a href="http://passport.people.com.cn/login.do">登录</a>|<a href="http://passport.people.com.cn/register.do">注册</a></span></div></div>
<div class="w1000 nav_2015"><a href="http://politics.people.com.cn/GB/1024/">高层动态</a>|<a href="http://politics.people.com.cn/GB/1027/">中央部委</a>|<a href="http://politics.people.com.cn/GB/70731/">滚动</a>|<a href="http://politics.people.com.cn/GB/99014/">原创</a></div>
<div class="clearfix w1000_320 text_title">
 <h3 class="pre"></h3>
 <h1>上半年全国居民人均可支配收入同比实际增长７．６％</h1>
 <h4 class="sub"></h4>
 <p class="author"></p>
 <div class="box01">
  <div class="fl">2015年07月21日08:22&nbsp;&nbsp;来源：<a href="http://paper.people.com.cn/rmrb/" target="_blank">人民网－人民日报</a></div>
  <div class="fr"><div class="bdsharebuttonbox"><a href="#" class="bds_more" data-cmd="more">分享到：</a><a href="#" class="bds_weixin" data-cmd="weixin"></a><a href="#" class="bds_tsina" data-cmd="tsina"></a></div></div>
 </div>
</div>
<div class="clearfix w1000_320 text_con" id="p_content">
 <div class="fl text_con_left">
  <div class="box_con" id="rwb_zw">
""" + BODY + """  <div class="zdfy clearfix"></div>
  <center><table border="0" align="center" width="40%"><tr><td width="50%" align="center"><a href="#"><img src="/img/2015people/images/sjzt.png" /></a></td></tr></table></center>
  </div>
  <div class="edit clearfix">(责编：李楠、刘洋)</div>
  <div class="box_news"><h2><a href="http://politics.people.com.cn/">相关新闻</a></h2><ul class="list_14">
   <li><a href="/n/2015/0720/c1001-27330001.html">国家统计局：上半年国民经济运行总体平稳</a></li>
   <li><a href="/n/2015/0719/c1001-27329000.html">二季度城镇登记失业率4.04%</a></li></ul></div>
 </div>
 <div class="fr text_con_right"><div class="ph_list"><h2>时政排行</h2><ol><li><a href="#">热点一</a></li><li><a href="#">热点二</a></li></ol></div></div>
</div>
<div id="copyright">人 民 网 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用<br />Copyright &copy; 1997-2015 by www.people.com.cn. all rights reserved</div>
<script type="text/javascript" src="http://tongji.people.cn/js/tongji.js"></script>
<script>window._bd_share_config={"common":{"bdSnsKey":{},"bdText":"","bdMini":"2","bdPic":"","bdStyle":"0","bdSize":"16"},"share":{}};</script>
</body>
</html>
"""))

# 2. people.com.cn, 2023 layout: div.rm_txt, "2023年03月05日08:30 | 来源：…" in div.col-1-1, photo captions.
add(Page(
    file="news-people-2023.html",
    url="http://society.people.com.cn/n1/2023/0305/c1008-32637012.html",
    title="春耕时节 田间地头农机忙",
    published_at="2023-03-05T08:30",
    notes="people.com.cn rm_txt layout; two photos with captions in the body; editor line after the body",
    body=[
        Img("/NMediaFile/2023/0305/MAIN202303050830000123.jpg", "3月4日，在江西省南昌县一处农田，农民驾驶农机进行翻耕作业。人民网记者 张伟摄"),
        "眼下正值春耕时节，各地农民抢抓农时，田间地头一派繁忙景象。",
        "在江西省南昌县，一台台旋耕机在田间来回穿梭，翻起的泥土散发着清香。当地种粮大户告诉记者，今年他流转了800亩土地，全部实现了机械化耕作。",
        Img("/NMediaFile/2023/0305/MAIN202303050830000124.jpg", "工作人员在育秧工厂查看秧苗长势。人民网记者 张伟摄"),
        "南昌县农业农村局相关负责人介绍，今年全县计划集中育秧面积15万亩，目前已完成备耕面积的六成。",
        "在育秧工厂里，一排排秧盘整齐摆放，自动喷淋设备定时为秧苗补水。工作人员介绍，工厂化育秧出苗整齐、秧苗健壮，比传统育秧节省用工三成以上。",
        "为保障春耕用肥用种，当地供销部门提前储备化肥2.3万吨、稻种80万公斤，并组织农技人员下乡开展技术指导，帮助农户解决生产中的实际问题。",
        "“今年的政策好，种粮有补贴，收了有人收购，我们心里踏实。”一位种粮大户说，他准备再添置一台插秧机。",
    ],
    render=paragraphs("<p style=\"text-indent: 2em;\">", img=lambda i: f'<p style="text-align: center;"><img src="{i.src}" /></p>\n<p class="pictext" style="text-align: center;">{esc(i.caption)}</p>\n'),
    html="""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="content-type" content="text/html;charset=UTF-8"/>
<meta name="viewport" content="width=device-width,initial-scale=1.0">
<title>春耕时节 田间地头农机忙--社会·法治--人民网</title>
<meta name="keywords" content="春耕" />
<meta name="description" content="眼下正值春耕时节，各地农民抢抓农时，田间地头一派繁忙景象。" />
<meta name="publishdate" content="2023-03-05" />
<meta name="source" content="来源：人民网" />
<meta name="contentid" content="32637012" />
<link href="http://www.people.com.cn/img/2020wbc/css/page.css" type="text/css" rel="stylesheet" media="all" />
</head>
<body>
<div class="header"><div class="w1200 clearfix"><a href="http://www.people.com.cn/" class="logo fl"><img src="http://www.people.com.cn/img/2020wbc/imgs/logo.png" alt="人民网" /></a>
<div class="nav fl"><a href="http://politics.people.com.cn/">时政</a><a href="http://world.people.com.cn/">国际</a><a href="http://finance.people.com.cn/">财经</a><a href="http://society.people.com.cn/">社会</a><a href="http://opinion.people.com.cn/">观点</a></div></div></div>
<div class="main w1200 clearfix">
 <div class="route-nav"><a href="http://www.people.com.cn/">人民网</a>&gt;&gt;<a href="http://society.people.com.cn/">社会·法治</a></div>
 <div class="layout rm_txt cf">
  <div class="col col-1 fl">
   <div class="pre"></div>
   <h1>春耕时节 田间地头农机忙</h1>
   <div class="author cf">王芳</div>
   <div class="channel cf">
    <div class="col-1-1 fl">2023年03月05日08:30 | 来源：<a href="http://www.people.com.cn/" target="_blank">人民网</a></div>
    <div class="col-1-2 fr"><a href="javascript:;" class="fontsize">小字号</a></div>
   </div>
   <div class="rm_txt_con cf">
""" + BODY + """    <div class="edit cf">(责编：赵静、陈晨)</div>
   </div>
   <div class="share cf">分享让更多人看到<span class="wx"></span><span class="wb"></span></div>
   <div class="headingNews"><h2>推荐阅读</h2>
    <div class="hdNews clearfix"><p><a href="/n1/2023/0304/c1008-32636900.html"><img src="/NMediaFile/2023/0304/LOCAL202303041000001.jpg" width="160" height="100" /></a></p>
     <h5><a href="/n1/2023/0304/c1008-32636900.html">各地抢抓农时备春耕</a></h5>
     <em><a href="/n1/2023/0304/c1008-32636900.html">惊蛰将至，从南到北，各地农民正抢抓晴好天气开展春耕备耕，农机、种子、化肥等农资供应总体充足，田间管理有序推进。</a></em></div>
    <div class="hdNews clearfix"><p><a href="/n1/2023/0303/c1008-32636501.html"><img src="/NMediaFile/2023/0303/LOCAL202303031000002.jpg" width="160" height="100" /></a></p>
     <h5><a href="/n1/2023/0303/c1008-32636501.html">智慧农业让种田更“省心”</a></h5>
     <em><a href="/n1/2023/0303/c1008-32636501.html">无人机飞防、智能灌溉、遥感监测……越来越多的新技术走进田间地头，种粮大户算起了“科技账”，种田变得更轻松、更高效。</a></em></div>
   </div>
  </div>
  <div class="col col-2 fr"><div class="ranking"><h3>热门排行</h3><ol><li>社会热点甲</li><li>社会热点乙</li></ol></div></div>
 </div>
</div>
<div class="foot">人 民 网 股 份 有 限 公 司 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用<br/>Copyright &copy; 1997-2023 by www.people.com.cn. all rights reserved</div>
<script src="http://tongji.people.cn/js/tongji.js"></script>
</body>
</html>
"""))

# 3. news.cn (Xinhua), 2022 layout: date split over spans (year / day / time) in div.header-time.
add(Page(
    file="news-xinhua-header-time.html",
    url="http://www.news.cn/politics/2022-10/16/c_1129065432.htm",
    title="全国秋粮收获进度过半",
    published_at="2022-10-16T10:17:30",
    notes="Xinhua: date split into span.year <em>2022</em>, span.day <em>10</em>/<em>16</em>, span.time 10:17:30; body in span#detailContent",
    body=[
        "新华社北京10月16日电（记者刘洋）记者从农业农村部获悉，截至10月15日，全国秋粮已收获面积超过6亿亩，收获进度过半，高于上年同期。",
        "分作物看，中稻收获基本结束，玉米收获超过六成，大豆收获接近七成。",
        "农业农村部有关负责人表示，今年秋粮面积稳中有增，多数地区光温水条件匹配较好，丰收已成定局。",
        "农业农村部已派出工作组分赴主产省份，指导各地抓好机收减损和烘干晾晒，确保颗粒归仓。",
        "在东北地区，各地组织农机手抢抓晴好天气开展玉米、大豆收获，并及时做好秸秆还田和秋整地。",
        "在黄淮海地区，夏玉米收获与冬小麦播种衔接进行，各地落实小麦播种面积，推广宽幅精播、种肥同播等技术，为明年夏粮丰收打好基础。",
    ],
    render=paragraphs("<p>", indent="\u3000\u3000"),
    html="""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="apple-mobile-web-app-capable" content="yes">
<title>全国秋粮收获进度过半-新华网</title>
<meta name="keywords" content="秋粮,收获">
<meta name="description" content="记者从农业农村部获悉，截至10月15日，全国秋粮已收获面积超过6亿亩。">
<link rel="stylesheet" href="//lib.news.cn/common/reset.css">
<link rel="stylesheet" href="../../static/css/detail.css">
</head>
<body>
<div class="topBar domPC"><div class="wrapper"><a href="http://www.news.cn/" class="logo"><img src="//lib.news.cn/common/logo.png" alt="新华网"></a><div class="nav"><a href="http://www.news.cn/politics/">时政</a><a href="http://www.news.cn/local/">地方</a><a href="http://www.news.cn/fortune/">财经</a></div></div></div>
<div class="header domPC">
 <div class="header-top clearfix">
  <div class="header-time left">
   <span class="year"><em> 2022</em></span>
   <span class="day"><em> 10</em>/<em>16</em></span>
   <span class="time"> 10:17:30</span>
  </div>
  <div class="source">来源：新华网</div>
 </div>
 <div class="head-line clearfix"><h1><span class="title">全国秋粮收获进度过半</span></h1>
  <div class="pageShare"><div class="setFont">字体：<span id="fontSmall">小</span><span id="fontNormal" class="active">中</span><span id="fontBig">大</span></div>
  <div class="share">分享到：<a href="javascript:;" class="wx"></a><a href="javascript:;" class="wb"></a></div></div>
 </div>
</div>
<div class="main clearfix">
 <div class="main-left left" id="detail">
  <span id="detailContent">
""" + BODY + """  </span>
  <div id="articleEdit"><span class="tiyi1"><a href="javascript:void(0);" class="advise">【纠错】</a></span><span class="editor">【责任编辑:王卓】</span></div>
 </div>
 <div class="main-right right"><div class="columBox"><div class="col-tit">相关新闻</div><ul>
  <li><a href="http://www.news.cn/politics/2022-10/15/c_1129065000.htm">各地抢抓晴好天气秋收秋种</a></li>
  <li><a href="http://www.news.cn/politics/2022-10/14/c_1129064800.htm">农机跨区作业有序推进</a></li></ul></div>
  <div class="columBox"><div class="col-tit">新华全媒头条</div>
  <div class="item"><div class="tit"><a href="http://www.news.cn/politics/qmtt/2022-10/15/c_1129064900.htm">丰收的田野上</a></div><div class="des">金秋时节，从东北黑土地到江南水乡，稻谷飘香、玉米金黄，广袤田野处处涌动着丰收的喜悦。</div></div>
  </div></div>
</div>
<div class="foot">Copyright &copy; 2000-2022 XINHUANET.com　All Rights Reserved.<br>制作单位：新华网股份有限公司　版权所有 新华网股份有限公司</div>
<script src="//lib.news.cn/common/jquery.js"></script><script src="../../static/js/detail.js"></script>
</body>
</html>
"""))

# 4. chinanews.com.cn: "2021年04月12日 15:36　来源：中国新闻网" in div.content_left_time; div.left_zw body.
add(Page(
    file="news-chinanews.html",
    url="https://www.chinanews.com.cn/gn/2021/04-12/9452345.shtml",
    title="多地推出便民举措 “适老化”改造让老年人共享数字生活",
    published_at="2021-04-12T15:36",
    notes="chinanews: date and 来源 in one div; paragraphs start with full-width spaces; (完) closes the last paragraph; editor line",
    render=paragraphs("<p>", indent="\u3000\u3000"),
    body=[
        "中新网4月12日电（记者李娜）今年以来，多地推出便民举措，推进互联网应用和公共服务“适老化”改造，帮助老年人跨越“数字鸿沟”。",
        "在北京，多家医院保留人工挂号窗口，并安排志愿者协助老年人使用自助设备；在上海，社区“数字伙伴”计划已为3万余名老人提供手机使用培训。",
        "在广州，部分银行网点开设“爱心窗口”，为行动不便的老人提供上门服务；在杭州，公交车和出租车继续接受现金付款，方便不会使用手机支付的老人出行。",
        "记者注意到，一些常用手机应用推出了“长辈模式”，字体更大、界面更简洁，还去掉了广告弹窗。",
        "工业和信息化部此前印发方案，决定自今年1月起在全国范围内开展为期一年的互联网应用适老化及无障碍改造专项行动。",
        "专家表示，适老化改造既要让老年人“会用”，也要让他们“敢用”，在加强培训的同时，更要保障老年人的个人信息安全。(完)",
    ],
    html="""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>多地推出便民举措 “适老化”改造让老年人共享数字生活-中新网</title>
<meta name="keywords" content="适老化,老年人,数字鸿沟" />
<meta name="description" content="今年以来，多地推出便民举措，推进互联网应用和公共服务“适老化”改造。" />
<meta name="author" content="chinanews" />
<link href="/part/css/index_2019.css" rel="stylesheet" type="text/css" />
<script src="/part/js/jquery.js" type="text/javascript"></script>
</head>
<body>
<div id="top_nav"><div class="w1000"><a href="https://www.chinanews.com.cn/">首页</a> | <a href="https://www.chinanews.com.cn/china/">国内</a> | <a href="https://www.chinanews.com.cn/world/">国际</a> | <a href="https://www.chinanews.com.cn/society/">社会</a> | <a href="https://www.chinanews.com.cn/finance/">财经</a> | <a href="https://www.chinanews.com.cn/sports/">体育</a></div></div>
<div class="w1000 content_left">
 <div id="nav"><a href="https://www.chinanews.com.cn/">首页</a> → <a href="https://www.chinanews.com.cn/china/">国内新闻</a></div>
 <div class="content">
  <h1>多地推出便民举措 “适老化”改造让老年人共享数字生活</h1>
  <div class="content_left_time">2021年04月12日 15:36　来源：中国新闻网 <a href="#" class="fxzt">分享到：</a></div>
  <div class="left_zw" style="position:relative">
""" + BODY + """  <div id="function_code_page"></div>
  </div>
  <div class="left_name"><div class="left_name">【编辑:张燕玲】</div></div>
  <div class="adEditor"><a href="https://www.chinanews.com.cn/app/"><img src="/part/images/app_banner.jpg" alt="中新网客户端"></a></div>
  <div class="left_tjxw"><h3>推荐新闻</h3><ul><li><a href="/gn/2021/04-12/9452301.shtml">清明假期国内旅游出游1.02亿人次</a></li><li><a href="/gn/2021/04-11/9452000.shtml">多地迎来今年首个高温日</a></li></ul></div>
 </div>
</div>
<div id="bottom">本网站所刊载信息，不代表中新社和中新网观点。 刊用本网站稿件，务经书面授权。<br />未经授权禁止转载、摘编、复制及建立镜像，违者将依法追究法律责任。<br />Copyright &copy;1999-2021 chinanews.com. All Rights Reserved</div>
</body>
</html>
"""))

# 5. thepaper.cn: Next.js page, hashed CSS-module class names, the article also in __NEXT_DATA__.
THEPAPER_BODY = [
    "3月4日，记者从上海市住房和城乡建设管理委员会获悉，今年本市将新开工改造城镇老旧小区100万平方米以上，加装电梯3000台以上。",
    "据介绍，今年的改造将聚焦居民反映集中的屋顶漏水、管道老化、停车难等问题，推行“一小区一方案”。",
    "在加装电梯方面，本市将进一步简化审批流程，推广“整小区加梯”模式，鼓励居民通过公积金提取支付加梯费用。",
    "去年，本市共完成既有多层住宅加装电梯3200余台，其中不少小区实现了“整小区加梯”，一次性解决了居民上下楼难题。",
    "在停车难问题上，本市将结合老旧小区改造，挖潜增加停车位，并推动周边单位错峰共享停车资源。",
    "市住建委相关负责人表示，老旧小区改造要坚持居民自愿、共建共享，让改造成果真正惠及居民。",
]
add(Page(
    file="news-thepaper-nextjs.html",
    url="https://www.thepaper.cn/newsDetail_forward_22123456",
    title="上海今年将加装电梯3000台以上，老旧小区改造推行“一小区一方案”",
    published_at="2023-03-05T08:30",
    notes="Next.js page: hashed class names, date in an ant-space item, the whole article repeated as JSON in __NEXT_DATA__",
    body=THEPAPER_BODY,
    html="""<!DOCTYPE html><html lang="zh-CN"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width,initial-scale=1"/><title>上海今年将加装电梯3000台以上，老旧小区改造推行“一小区一方案”_澎湃号·政务_澎湃新闻-The Paper</title><meta name="Keywords" content="加装电梯,老旧小区"/><meta name="Description" content="3月4日，记者从上海市住房和城乡建设管理委员会获悉。"/><meta property="og:title" content="上海今年将加装电梯3000台以上，老旧小区改造推行“一小区一方案”"/><meta property="og:type" content="article"/><link rel="preload" href="/_next/static/css/4f6b1a0c2d.css" as="style"/><link rel="stylesheet" href="/_next/static/css/4f6b1a0c2d.css" data-n-g=""/><noscript data-n-css=""></noscript></head><body><div id="__next"><div class="index_wrapper__9rz2p"><header class="index_header__Ys3Bf"><div class="index_headerContent__sASF4"><a href="/"><img alt="澎湃新闻" src="/_next/static/media/logo.svg"/></a><ul class="index_nav__3Ckx7"><li><a href="/channel_25950">时事</a></li><li><a href="/channel_25951">财经</a></li><li><a href="/channel_122908">思想</a></li><li><a href="/channel_119908">生活</a></li></ul></div></header><main class="index_main__7H1qB"><div class="index_leftcontent__Hoj8Z"><div class="index_headerContent__sASF4"><h1 class="index_title__B8mhI">上海今年将加装电梯3000台以上，老旧小区改造推行“一小区一方案”</h1><div class="ant-space ant-space-horizontal ant-space-align-center"><div class="index_left__LfzyH"><div class="index_author__VV1Pe">上海发布</div><div class="ant-space-item"><span>2023-03-05 08:30</span></div><div class="ant-space-item"><span>来源：澎湃新闻·澎湃号·政务</span></div></div></div></div><div class="index_cententWrap__Jv8jK">""" + BODY + """</div><div class="index_statement__5PJa0"><p>本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问http://renzheng.thepaper.cn。</p></div><div class="index_sharebox__cxA6Q"><span>分享到</span><i class="wx"></i><i class="wb"></i></div></div><aside class="index_rightcontent__x2v3C"><h3>热榜</h3><ul><li><a href="/newsDetail_forward_22120001">早春赏花地图出炉，这些公园的玉兰和樱花即将进入最佳观赏期</a></li><li><a href="/newsDetail_forward_22120002">地铁新线开通时间表公布，今年还有两条线路将通车</a></li><li><a href="/newsDetail_forward_22120003">本周气温起伏大，周末或有一次明显降雨过程</a></li></ul><div class="index_adWrap__p8R1d"><a href="https://www.thepaper.cn/app"><img src="/_next/static/media/app_ad.png" alt="下载澎湃新闻APP"/></a></div></aside></main><footer class="index_footer__OOk6x"><p>沪ICP备14003370号</p><p>&copy; 2014-2023 上海东方报业有限公司</p></footer></div></div><script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"detailData":{"contentDetail":{"contId":22123456,"name":"上海今年将加装电梯3000台以上，老旧小区改造推行“一小区一方案”","pubTime":"2023-03-05 08:30","pubTimeLong":1677976200000,"content":\"""" + "".join(f"<p>{p}</p>" for p in THEPAPER_BODY).replace('"', '\\\\"') + """\","authorInfo":{"sname":"上海发布"}}}},"__N_SSP":true},"page":"/detail/[id]","query":{"id":"22123456"},"buildId":"a1b2c3d4e5","isFallback":false,"gssp":true}</script><script src="/_next/static/chunks/main-5c8a1b.js" async=""></script></body></html>
""",
    render=paragraphs("<p>"),
))

# 6. news.163.com of 2010, GBK: "2010-06-03 14:20:11　来源: 南方日报" between title and body; 跟帖 below.
add(Page(
    file="news-163-2010-gbk.html",
    url="http://news.163.com/10/0603/14/6894ABCD00014AED.html",
    encoding="gbk",
    title="广州地铁三号线北延段客流突破10万人次",
    published_at="2010-06-03T14:20:11",
    notes="GBK; date-time with seconds and 来源 on one line between title and body (div.ep-time-soure); comments (跟帖) below",
    render=paragraphs("<P>", "</P>", indent="\u3000\u3000"),
    body=[
        "本报讯（记者陈实 通讯员李平）昨日，记者从广州地铁获悉，地铁三号线北延段开通以来客流稳步增长，日均客流已突破10万人次。",
        "据介绍，三号线北延段连接燕塘与机场南，全长约30公里，开通后从市区到白云机场只需约40分钟。",
        "为应对早晚高峰客流，广州地铁自本周起在北延段加开列车，高峰期行车间隔缩短至5分钟。",
        "记者昨日早高峰在嘉禾望岗站看到，换乘通道内乘客虽多但秩序井然，工作人员在站台引导乘客有序上下车。",
        "一位在机场工作的乘客说，以前上班要坐一个多小时的大巴，现在坐地铁不到一个小时，而且不用担心堵车。",
    ],
    html="""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>广州地铁三号线北延段客流突破10万人次_新闻中心_网易新闻</title>
<meta name="keywords" content="地铁,客流,北延段" />
<meta name="description" content="广州地铁三号线北延段客流突破10万人次" />
<link href="http://img1.cache.netease.com/cnews/css09/endpage1.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="http://img1.cache.netease.com/cnews/js/ntes_jslib_1.x.js"></script>
</head>
<body>
<div class="ep-header"><div class="ep-logo"><a href="http://news.163.com/"><img src="http://img1.cache.netease.com/cnews/img09/logo.gif" alt="网易新闻" /></a></div>
<div class="ep-nav"><a href="http://news.163.com/">新闻首页</a> | <a href="http://news.163.com/domestic/">国内</a> | <a href="http://news.163.com/world/">国际</a> | <a href="http://news.163.com/shehui/">社会</a> | <a href="http://news.163.com/photo/">图片</a></div></div>
<div class="ep-content">
 <div class="ep-main-bg">
  <div class="ep-crumb"><a href="http://www.163.com/">网易首页</a> &gt; <a href="http://news.163.com/">新闻中心</a> &gt; <a href="http://news.163.com/shehui/">社会新闻</a> &gt; 正文</div>
  <h1 id="h1title">广州地铁三号线北延段客流突破10万人次</h1>
  <div class="ep-info cDGray">
   <div class="ep-time-soure cDGray">2010-06-03 14:20:11　来源: <a href="http://www.nfdaily.cn/" target="_blank" id="ne_article_source">南方日报</a></div>
   <div class="ep-tie1"><a href="http://comment.news.163.com/news_shehui7_bbs/6894ABCD00014AED.html">1234人参与</a> <a href="#">跟贴</a></div>
  </div>
  <div class="end-text" id="endText">
""" + BODY + """  <p class="editor">(本文来源：南方日报 ) </p>
  </div>
  <div class="ep-source cDGray"><span class="left">责任编辑：NN001</span></div>
  <div class="ep-share"><a href="#">转发到微博</a> <a href="#">分享到开心网</a> <a href="#">分享到人人网</a></div>
  <div class="ep-tie">
   <h3>网友评论</h3>
   <div class="tie-item"><span class="tie-user">网易广东省广州市网友 [ttx2008]：</span><p>终于开通了，去机场方便多了，以前坐大巴要一个多钟。</p><span class="tie-time">2010-06-03 15:02:11</span></div>
   <div class="tie-item"><span class="tie-user">网易广东省佛山市网友：</span><p>早高峰还是挤，希望再加密班次。</p><span class="tie-time">2010-06-03 15:40:27</span></div>
   <div class="tie-item"><span class="tie-user">网易北京市网友：</span><p>支持，其他城市也应该学习。</p><span class="tie-time">2010-06-03 16:05:09</span></div>
  </div>
 </div>
 <div class="ep-side"><h3>新闻排行</h3><ol><li><a href="#">热点新闻一</a></li><li><a href="#">热点新闻二</a></li></ol></div>
</div>
<div class="ep-footer"><a href="http://corp.163.com/">About NetEase</a> - <a href="http://gb.corp.163.com/">公司简介</a> - <a href="http://help.163.com/">联系方法</a><br />网易公司版权所有 &copy;1997-2010</div>
<script type="text/javascript">var NTES_ad_ver = "1.0"; document.write('<scr'+'ipt src="http://img1.cache.netease.com/cnews/js/ad.js"></scr'+'ipt>');</script>
</body>
</html>
"""))

# 7. An evening paper's page of 2009 saved without <head>: byline "本报记者 王晓 陈平 2009-5-8 扬子晚报".
add(Page(
    file="news-eveningpaper-byline-nohead.html",
    url="http://www.yangtse.com/system/2009/05/08/001234567.shtml",
    encoding="gb2312",
    title="南京地铁二号线全线铺轨完成",
    published_at="2009-05-08",
    notes="NO <head>/<title>: saved body only; byline 本报记者 甲 乙 2009-5-8 某某晚报 under the title; GB2312 bytes with no meta at all",
    render=br_lines(),
    body=[
        "昨天上午，随着最后一节钢轨在元通站附近铺设到位，南京地铁二号线实现全线铺轨贯通，比计划提前了半个月。",
        "据介绍，地铁二号线一期工程西起油坊桥，东至经天路，全长约37.9公里，共设车站26座，其中地下站19座。",
        "下一步，二号线将进入设备安装和系统调试阶段，计划于明年上半年试运行。",
        "记者在元通站施工现场看到，铺轨机缓缓前行，工人们正在紧固扣件、检查轨距。施工方负责人介绍，二号线采用无缝线路技术，列车运行时更加平稳，噪音也更小。",
        "据了解，二号线建成后，将与一号线在新街口站实现换乘，从河西新城到仙林大学城的时间将缩短到一个小时以内。",
    ],
    html="""<body bgcolor="#FFFFFF">
<table width="950" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><a href="http://www.yangtse.com/"><img src="/images/yz_logo.gif" border="0" alt="扬子晚报网"></a></td>
<td align="right"><a href="http://www.yangtse.com/">首页</a> | <a href="http://www.yangtse.com/news/">新闻</a> | <a href="http://www.yangtse.com/epaper/">数字报</a> | <a href="http://bbs.yangtse.com/">论坛</a></td></tr>
</table>
<table width="950" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="dqwz">当前位置：<a href="http://www.yangtse.com/">扬子晚报网</a> &gt;&gt; <a href="http://www.yangtse.com/news/nj/">南京新闻</a></td></tr>
<tr><td align="center"><font class="tit22">南京地铁二号线全线铺轨完成</font></td></tr>
<tr><td align="center" class="f12">本报记者 王晓 陈平 2009-5-8 扬子晚报</td></tr>
<tr><td class="f14" style="line-height:24px">
""" + BODY + """</td></tr>
<tr><td align="right">【<a href="#">我要评论</a>】【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</td></tr>
</table>
<table width="950" border="0" align="center"><tr><td align="center" class="f12">扬子晚报网版权所有 未经授权不得转载</td></tr></table>
</body>
"""))

# 8. Founder (方正) e-paper page of a provincial daily: <founder-title>, <founder-content>, edition line.
add(Page(
    file="news-epaper-founder.html",
    url="http://epaper.southcn.com/nfdaily/html/2016-08/12/content_7561234.htm",
    title="珠三角城际轨道新线年底前开通",
    published_at="2016-08-12",
    notes="Founder e-paper: title in founder-title, body in founder-content with <P> and &nbsp; indents; date only in the edition line 2016年08月12日",
    render=paragraphs("<P>", "</P>", indent="&nbsp;&nbsp;&nbsp;&nbsp;"),
    body=[
        "本报讯（记者张静）记者昨日从省发展改革委获悉，珠三角城际轨道交通网规划中的两条新线计划于今年底前开通运营。",
        "这两条线路分别连接广州与佛山、东莞，开通后珠三角核心城市之间将基本实现“一小时通达”。",
        "省发展改革委有关负责人表示，到2020年，珠三角城际轨道交通运营里程将达到800公里以上。",
        "据介绍，城际轨道新线采用公交化运营模式，高峰期发车间隔不超过10分钟，乘客可使用岭南通卡、银联卡和手机扫码乘车。",
        "为方便市民换乘，新线多个站点与地铁站、公交枢纽同站设置，部分站点还配建了停车场和非机动车停放区。",
        "沿线城市也在加快推进站点周边的综合开发，打造集商业、办公和居住于一体的站城融合片区。",
    ],
    html="""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>南方日报数字报-珠三角城际轨道新线年底前开通</title>
<link href="../../../style/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="../../../script/prototype.js"></script>
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="top"><img src="../../../images/logo.gif" alt="南方日报"></td><td class="date">2016年08月12日　星期五</td></tr>
<tr><td colspan="2" class="banci">第A05版：广东新闻　<a href="../../../html/2016-08/12/node_584.htm">上一版</a>　<a href="../../../html/2016-08/12/node_586.htm">下一版</a></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="380" valign="top"><map name="PagePicMap"><area shape="polygon" coords="10,10,300,10,300,200,10,200" href="content_7561234.htm"></map><img src="../../../page/1/2016-08/12/A05/20160812A05_pdf.jpg" width="360" usemap="#PagePicMap"></td>
<td valign="top">
 <table width="100%" border="0" cellspacing="0" cellpadding="0">
 <tr><td class="font01"><founder-title>珠三角城际轨道新线年底前开通</founder-title></td></tr>
 <tr><td class="font02"><founder-subtitle></founder-subtitle></td></tr>
 <tr><td class="font03"><founder-author></founder-author></td></tr>
 <tr><td class="content"><div id="ozoom"><founder-content>
""" + BODY + """</founder-content></div></td></tr>
 </table>
 <table width="100%" class="list"><tr><td class="bt">本版导航</td></tr>
 <tr><td><a href="content_7561235.htm">全省防汛抢险工作部署会召开</a><br><a href="content_7561236.htm">广州南沙自贸片区新增企业超万家</a></td></tr></table>
</td>
</tr>
</table>
<table width="1000" align="center"><tr><td class="foot">南方报业传媒集团版权所有 未经书面授权 不得复制或建立镜像</td></tr></table>
</body>
</html>
"""))

# 9. A provincial news portal of 2007 (GB2312): the line "2007-08-15 09:12:45 来源: 齐鲁晚报" alone under the title.
add(Page(
    file="news-portal-2007-datesource-line.html",
    url="http://www.dzwww.com/shandong/sdnews/200708/t20070815_2345678.htm",
    encoding="gb2312",
    title="济南泉水持续喷涌创近年新高",
    published_at="2007-08-15T09:12:45",
    notes="GB2312; a bare text line 'YYYY-MM-DD HH:MM:SS 来源: 某某晚报' between the title and the body, no element of its own",
    render=paragraphs("<P>", "</P>", indent="\u3000\u3000"),
    body=[
        "受近期持续降雨影响，济南趵突泉水位昨日升至29.12米，创近五年来同期最高水位。",
        "记者在趵突泉公园看到，三股泉水喷涌而出，水花高达半米，吸引了众多市民和游客驻足观赏。",
        "市名泉保护部门介绍，今年入汛以来，济南降雨量较常年偏多三成，加上回灌补源工程的作用，泉水持续喷涌已有两年多。",
        "黑虎泉、五龙潭等泉群的水位也同步上升，护城河里泉水清澈见底，不少市民带着水桶前来打水。",
        "名泉保护部门提醒，泉水喷涌期间游客较多，请市民游客注意安全，不要翻越护栏戏水，也不要向泉池内投掷硬币和杂物。",
    ],
    html="""<HTML>
<HEAD>
<META http-equiv=Content-Type content="text/html; charset=gb2312">
<TITLE>济南泉水持续喷涌创近年新高_大众网</TITLE>
<LINK href="/css/news.css" type=text/css rel=stylesheet>
</HEAD>
<BODY leftMargin=0 topMargin=0>
<TABLE cellSpacing=0 cellPadding=0 width=760 align=center border=0>
<TR><TD><IMG src="/images/dzw_top.gif" width=760 height=80></TD></TR>
<TR><TD class=menu><A href="/">首页</A>　<A href="/shandong/">山东新闻</A>　<A href="/xinwen/">国内新闻</A>　<A href="/guoji/">国际新闻</A>　<A href="/tiyu/">体育</A></TD></TR>
</TABLE>
<TABLE cellSpacing=0 cellPadding=0 width=760 align=center border=0>
<TR><TD class=weizhi>您所在的位置：<A href="/">大众网</A> &gt;&gt; <A href="/shandong/">山东新闻</A></TD></TR>
<TR><TD align=middle height=40><FONT style="FONT-SIZE: 20px; COLOR: #003366"><B>济南泉水持续喷涌创近年新高</B></FONT></TD></TR>
<TR><TD align=middle class=hui>
2007-08-15 09:12:45 来源: 齐鲁晚报
</TD></TR>
<TR><TD class=zw>
<DIV class=TRS_Editor>
""" + BODY + """</DIV>
</TD></TR>
<TR><TD align=right>[<A href="javascript:window.print()">打印</A>] [<A href="javascript:window.close()">关闭</A>]</TD></TR>
<TR><TD class=xgxw>相关新闻：<BR><A href="/shandong/sdnews/200708/t20070814_2345600.htm">济南迎来入汛以来最强降雨</A><BR><A href="/shandong/sdnews/200708/t20070810_2345100.htm">趵突泉水位持续上升</A></TD></TR>
</TABLE>
<TABLE width=760 align=center><TR><TD align=middle class=foot>大众网版权所有　鲁ICP证号：000000号</TD></TR></TABLE>
</BODY>
</HTML>
"""))

# 10. sina news of 2012 (GB2312): h1#artibodyTitle, span#pub_date 2012年03月14日15:05, comments below.
add(Page(
    file="news-sina-2012-comments.html",
    url="http://news.sina.com.cn/c/2012-03-14/150524109876.shtml",
    encoding="gbk",
    title="多地出台措施稳定蔬菜价格",
    published_at="2012-03-14T15:05",
    notes="meta says gb2312 but the bytes need GBK (the name 赵喆 is outside GB2312); date 2012年03月14日15:05 (no space) in span#pub_date; comments below",
    render=paragraphs("<p>", indent="\u3000\u3000"),
    body=[
        "新华网北京3月14日电（记者赵喆）近期，北京、上海、广州等地相继出台措施，通过增加储备投放、开辟绿色通道等方式稳定蔬菜价格。",
        "北京市商务委表示，全市已储备冬春蔬菜4万吨，必要时将向市场投放。上海市则对进入本市的蔬菜运输车辆免收通行费。",
        "业内人士认为，随着气温回升和本地蔬菜大量上市，菜价有望逐步回落。",
        "据商务部监测，上周全国36个大中城市重点监测的18种蔬菜平均批发价格比前一周下降2.1%，其中黄瓜、西红柿、青椒等品种降幅较大。",
        "专家建议，各地应进一步完善蔬菜产销衔接机制，加强冬春蔬菜基地建设，从根本上保障市场供应。",
    ],
    html="""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-type" content="text/html; charset=gb2312" />
<title>多地出台措施稳定蔬菜价格|菜价|储备_新闻_新浪网</title>
<meta name="keywords" content="菜价,储备,多地出台措施稳定蔬菜价格" />
<meta name="stencil" content="PGLS000022" />
<meta name="publishid" content="24109876,1,1" />
<link rel="stylesheet" type="text/css" href="http://i1.sinaimg.cn/dy/deco/2012/0222/news_final.css" />
<script type="text/javascript" src="http://i1.sinaimg.cn/unipro/pub/suda_m_v623.js"></script>
</head>
<body>
<div class="topNav"><a href="http://www.sina.com.cn/">新浪首页</a> &gt; <a href="http://news.sina.com.cn/">新闻中心</a> &gt; <a href="http://news.sina.com.cn/china/">国内新闻</a> &gt; 正文</div>
<div class="wrap">
 <div class="blkContainer">
  <div class="blkContainerSblk">
   <h1 id="artibodyTitle">多地出台措施稳定蔬菜价格</h1>
   <div class="artInfo"><span id="art_source"><a href="http://www.xinhuanet.com/">新华网</a></span>&nbsp;&nbsp;<span id="pub_date">2012年03月14日15:05</span>&nbsp;&nbsp;<span id="media_comment"><a href="http://comment5.news.sina.com.cn/comment/skin/default.html?channel=gn&amp;newsid=1-1-24109876">我要评论</a></span></div>
   <div class="blkContainerSblkCon" id="artibody">
""" + BODY + """   </div>
   <p class="fr">（责任编辑：刘艳）</p>
  </div>
  <div class="blkComment"><div class="comment_tit">网友评论</div>
   <ul>
    <li><span class="name">新浪网友</span> <span class="time">2012-03-14 15:32</span><p>菜价太高了，希望措施尽快见效。</p></li>
    <li><span class="name">上海网友</span> <span class="time">2012-03-14 16:10</span><p>免通行费这个办法好，降低了运输成本。</p></li>
   </ul></div>
 </div>
 <div class="side"><div class="side-box"><h3>新闻排行</h3><ol><li>热点一</li><li>热点二</li></ol></div></div>
</div>
<div id="footer">新浪简介 | About Sina | 广告服务 | 联系我们<br />Copyright &copy; 1996-2012 SINA Corporation, All Rights Reserved</div>
</body>
</html>
"""))

# 11. A county media centre (融媒体中心): one container, paragraphs separated by <br> only, 时间：.
add(Page(
    file="news-county-rongmei-br.html",
    url="http://www.lyxw.gov.cn/news/2018/1203/xw123456.html",
    title="县城区冬季供暖今日正式启动",
    published_at="2018-12-03T09:41",
    notes="paragraphs only separated by <br><br> in one div; 时间：YYYY-MM-DD HH:MM with 作者/来源 on the same line",
    render=br_lines(indent="&nbsp;&nbsp;&nbsp;&nbsp;"),
    body=[
        "12月3日，县城区冬季集中供暖正式启动，比去年提前两天，覆盖小区86个、居民2.1万户。",
        "县热力公司负责人介绍，今年供暖季将持续至明年3月15日，室内温度保证不低于18℃。",
        "供暖期间，热力公司开通24小时服务热线，居民如遇暖气不热等问题可随时报修。",
        "为确保按时供暖，热力公司从今年5月起就开始对供热管网和换热站进行检修，共更换老旧管道3.6公里，新建换热站4座。",
        "目前，热源厂已储备燃煤5万吨，可满足整个供暖季的需要。热力公司还组建了6支抢修队伍，实行24小时值班。",
        "热力公司提醒，供暖初期管道内可能存有空气，居民如发现暖气片上热下凉，可打开放气阀排气，或联系工作人员上门处理。",
    ],
    html="""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>县城区冬季供暖今日正式启动 - 临邑新闻网</title>
<link rel="stylesheet" href="/skin/css/style.css">
</head>
<body>
<div class="top"><div class="logo"><img src="/skin/images/logo.png" alt="临邑新闻网"></div>
<ul class="menu"><li><a href="/">首页</a></li><li><a href="/news/">本地新闻</a></li><li><a href="/video/">视频</a></li><li><a href="/zt/">专题</a></li></ul></div>
<div class="container">
 <div class="place">当前位置：<a href="/">主页</a> &gt; <a href="/news/">本地新闻</a> &gt;</div>
 <div class="viewbox">
  <div class="title"><h2>县城区冬季供暖今日正式启动</h2></div>
  <div class="info"><small>时间:</small>2018-12-03 09:41<small>来源:</small>县融媒体中心<small>作者:</small>刘伟<small>点击:</small><script src="/plus/count.php?view=yes&aid=123456"></script>次</div>
  <div class="content">
""" + BODY + """  </div>
  <div class="boxoff"><strong>------分隔线----------------------------</strong></div>
  <div class="handle"><div class="context"><ul><li>上一篇：<a href="/news/2018/1202/xw123400.html">我县举办冬季安全生产培训</a></li><li>下一篇：没有了</li></ul></div></div>
 </div>
</div>
<div class="footer">Copyright &copy; 2018 临邑县融媒体中心 版权所有</div>
</body>
</html>
"""))

# 12. NOT an article: a news site's rolling list page.
add(Page(
    file="news-chinanews-scroll-list.html",
    url="https://www.chinanews.com.cn/scroll-news/news1.html",
    title="滚动新闻",
    published_at=None,
    is_article=False,
    notes="news list page: items with categories and times, no article",
    html="""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>滚动新闻-中国新闻网</title>
<link href="/part/css/scroll.css" rel="stylesheet">
</head>
<body>
<div id="top_nav"><a href="/">首页</a> | <a href="/china/">国内</a> | <a href="/world/">国际</a> | <a href="/society/">社会</a> | <a href="/finance/">财经</a></div>
<div class="content_list">
 <h1>滚动新闻</h1>
 <ul>
  <li><div class="dd_lm">[<a href="/china/">国内</a>]</div><div class="dd_bt"><a href="/gn/2021/04-12/9452345.shtml">多地推出便民举措 “适老化”改造让老年人共享数字生活</a></div><div class="dd_time">4-12 15:36</div></li>
  <li><div class="dd_lm">[<a href="/society/">社会</a>]</div><div class="dd_bt"><a href="/sh/2021/04-12/9452340.shtml">暴雨预警：南方多地将有强降雨</a></div><div class="dd_time">4-12 15:31</div></li>
  <li><div class="dd_lm">[<a href="/finance/">财经</a>]</div><div class="dd_bt"><a href="/cj/2021/04-12/9452331.shtml">一季度外贸进出口数据公布</a></div><div class="dd_time">4-12 15:20</div></li>
  <li><div class="dd_lm">[<a href="/world/">国际</a>]</div><div class="dd_bt"><a href="/gj/2021/04-12/9452320.shtml">多国加快疫苗接种进度</a></div><div class="dd_time">4-12 15:12</div></li>
  <li><div class="dd_lm">[<a href="/china/">国内</a>]</div><div class="dd_bt"><a href="/gn/2021/04-12/9452311.shtml">清明假期国内旅游出游1.02亿人次</a></div><div class="dd_time">4-12 15:05</div></li>
  <li><div class="dd_lm">[<a href="/society/">社会</a>]</div><div class="dd_bt"><a href="/sh/2021/04-12/9452300.shtml">多地迎来今年首个高温日</a></div><div class="dd_time">4-12 14:58</div></li>
 </ul>
 <div id="pagediv"><span class="current">1</span><a href="news2.html">2</a><a href="news3.html">3</a><a href="news2.html">下一页</a></div>
</div>
<div id="bottom">Copyright &copy;1999-2021 chinanews.com. All Rights Reserved</div>
</body>
</html>
"""))

# 13. NOT an article: a local news site's 404 with hot-news chrome.
add(Page(
    file="news-local-404.html",
    url="http://www.hebnews.cn/2019-03/05/content_7271234.htm",
    title="404",
    published_at=None,
    is_article=False,
    notes="soft 404: heading 404, a Chinese sentence and a hot-news block in the site chrome",
    html="""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>404 - 长城网</title>
<link rel="stylesheet" href="/css/base.css">
</head>
<body>
<div class="header"><a href="/"><img src="/images/logo.png" alt="长城网"></a><div class="nav"><a href="/">首页</a><a href="/hebei/">河北</a><a href="/china/">国内</a><a href="/world/">国际</a></div></div>
<div class="error-page">
 <h1 class="code">404</h1>
 <p>抱歉，您访问的页面不存在或已被删除！</p>
 <p><a href="/">返回首页</a></p>
</div>
<div class="hot-news"><h3>今日热点</h3><ul>
 <li><a href="/2019-03/05/content_7271200.htm">河北两会今日开幕 代表委员齐聚石家庄</a></li>
 <li><a href="/2019-03/05/content_7271180.htm">雄安新区启动区建设全面提速</a></li>
 <li><a href="/2019-03/05/content_7271150.htm">石家庄地铁3号线一期东段开通</a></li></ul></div>
<div class="footer">长城网版权所有 冀ICP备09047539号</div>
</body>
</html>
"""))

# 14. China Daily, current layout: "By … | China Daily" and "Updated: 2024-05-21 07:12" in separate spans.
add(Page(
    file="en-chinadaily-split-updated.html",
    url="https://www.chinadaily.com.cn/a/202405/21/WS664bd2f1a31082fc043c8a12.html",
    title="Rural tourism gives villages in Yunnan a new lease of life",
    published_at="2024-05-21T07:12",
    notes="China Daily: byline span.info_l 'By … | China Daily' and span.info_r 'Updated: 2024-05-21 07:12' side by side; body #Content",
    body=[
        "Homestays, farm stays and guided hikes have brought a steady stream of visitors to mountain villages in Southwest China's Yunnan province this spring.",
        "In Xiaojie village, about 40 households now run guesthouses, and average household income rose by more than 20 percent last year, according to the local government.",
        Img("//img2.chinadaily.com.cn/images/202405/21/664bd2f1a31082fc043c8a14.jpeg", "Tourists walk through terraced fields in a village in Yunnan province on May 18. [Photo/Xinhua]"),
        "\"Young people who left for the cities are coming back to open cafes and craft shops,\" said a village official.",
        "The province plans to develop 100 key rural tourism villages by 2025.",
        "Local authorities have also invested in roads, water supply and waste treatment in the villages, making it easier for visitors to reach remote scenic spots.",
        "Experts said that rural tourism should be developed in a way that protects traditional architecture and the natural environment, rather than copying urban attractions.",
        "“We want visitors to experience real village life, not a theme park,” said a tourism official in the county.",
    ],
    render=paragraphs("<p>", img=lambda i: f'<figure class="image" style="display: table;"><img src="{i.src}" data-from="newsroom" /><figcaption style="display: table-caption; caption-side: bottom;">{esc(i.caption)}</figcaption></figure>\n'),
    html="""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Rural tourism gives villages in Yunnan a new lease of life - Chinadaily.com.cn</title>
<meta name="keywords" content="rural tourism, Yunnan">
<meta name="description" content="Homestays, farm stays and guided hikes have brought a steady stream of visitors to mountain villages.">
<meta property="og:title" content="Rural tourism gives villages in Yunnan a new lease of life">
<meta name="articl-breadcrumb" content="China-Society">
<link rel="stylesheet" href="//www.chinadaily.com.cn/static_e/css/2020/common.css">
<link rel="stylesheet" href="//www.chinadaily.com.cn/static_e/css/2020/article.css">
</head>
<body>
<div class="topNav"><div class="topNav2_art"><a href="//www.chinadaily.com.cn/" class="logo"><img src="//www.chinadaily.com.cn/static_e/img/2020/logo_art.png" alt="China Daily"></a>
<ul><li><a href="//www.chinadaily.com.cn/china">China</a></li><li><a href="//www.chinadaily.com.cn/world">World</a></li><li><a href="//www.chinadaily.com.cn/business">Business</a></li><li><a href="//www.chinadaily.com.cn/life">Lifestyle</a></li><li><a href="//www.chinadaily.com.cn/culture">Culture</a></li><li><a href="//www.chinadaily.com.cn/travel">Travel</a></li></ul></div></div>
<div class="main_art">
 <div class="da-bre"><a href="//www.chinadaily.com.cn">Home</a> / <a href="//www.chinadaily.com.cn/china">China</a> / <a href="//www.chinadaily.com.cn/china/society">Society</a></div>
 <div class="lft_art">
  <h1>Rural tourism gives villages in Yunnan a new lease of life</h1>
  <div class="info"><span class="info_l">By LI Hui in Kunming | China Daily</span><span class="info_r">Updated: 2024-05-21 07:12</span></div>
  <div class="fenx"><div class="share"><a href="javascript:void(0)" class="share_fb"></a><a href="javascript:void(0)" class="share_tw"></a><a href="javascript:void(0)" class="share_in"></a></div></div>
  <div id="Content">
""" + BODY + """  </div>
  <div class="selectpage"></div>
  <div class="mb10"><a href="//www.chinadaily.com.cn/china/society">Go to Society</a></div>
  <div class="tuijian"><h3>Related Stories</h3><ul><li><a href="//www.chinadaily.com.cn/a/202405/20/WS1.html">Tea towns court young travellers</a></li><li><a href="//www.chinadaily.com.cn/a/202405/19/WS2.html">May Day holiday trips set record</a></li></ul></div>
 </div>
 <div class="rt_art"><div class="mb10"><h4>Most Viewed in 24 Hours</h4><ul>
  <li><a href="//www.chinadaily.com.cn/a/202405/20/WS3.html">Night markets light up summer evenings across Chinese cities</a></li>
  <li><a href="//www.chinadaily.com.cn/a/202405/20/WS4.html">High-speed rail line to link border towns</a></li></ul></div>
  <div class="mb10"><h4>Editor's Picks</h4>
  <div class="tw3_01_2"><span class="tw3_01_2_p"><a href="//www.chinadaily.com.cn/a/202405/19/WS5.html"><img src="//img2.chinadaily.com.cn/images/202405/19/p5.jpeg"></a></span>
  <span class="tw3_01_2_t"><h4><a href="//www.chinadaily.com.cn/a/202405/19/WS5.html">Ancient tea horse road draws hikers</a></h4><p>Once a trade route for tea and horses, the winding paths through the mountains of Yunnan are now popular with hikers from across the country looking for quiet villages and old inns.</p></span></div>
  <div class="tw3_01_2"><span class="tw3_01_2_t"><h4><a href="//www.chinadaily.com.cn/a/202405/18/WS6.html">Young farmers bring livestreaming to the fields</a></h4><p>Farmers in their twenties are selling mushrooms, flowers and coffee beans online, and some of them have built up followings of hundreds of thousands of viewers.</p></span></div>
  </div></div>
</div>
<div class="footer"><div class="footer-con">Copyright 1995 - 2024 . All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Daily Information Co (CDIC).</div></div>
<script src="//www.chinadaily.com.cn/static_e/js/2020/jquery.js"></script>
</body>
</html>
"""))

# 15. China Daily, classic layout: byline, source and "Updated: 2019-03-05 08:30" in one line.
add(Page(
    file="en-chinadaily-oneline.html",
    url="http://www.chinadaily.com.cn/a/201903/05/WS5c7dc1a2a3106c65c34ec123.html",
    title="Sichuan pandas draw record crowds during Spring Festival",
    published_at="2019-03-05T08:30",
    notes="China Daily classic: 'By … | chinadaily.com.cn | Updated: 2019-03-05 08:30' all in span.info_l; editor line not body",
    body=[
        "The Chengdu Research Base of Giant Panda Breeding received more than 300,000 visitors during the seven-day Spring Festival holiday, a record for the base.",
        "To ease congestion, the base extended its opening hours and added shuttle buses from downtown Chengdu.",
        "Officials said that online reservations would be required during future peak periods.",
    ],
    html="""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Sichuan pandas draw record crowds during Spring Festival - Chinadaily.com.cn</title>
<meta name="description" content="The Chengdu Research Base of Giant Panda Breeding received more than 300,000 visitors.">
<link href="//www.chinadaily.com.cn/static_e/css/2019/article.css" rel="stylesheet">
</head>
<body>
<div class="topBar"><a href="//www.chinadaily.com.cn/">China Daily</a> | <a href="//global.chinadaily.com.cn/">Global Edition</a> | <a href="//cn.chinadaily.com.cn/">中文</a></div>
<div class="container">
 <div class="crumb"><a href="//www.chinadaily.com.cn">Home</a> &gt; <a href="//www.chinadaily.com.cn/regional">Regional</a> &gt; <a href="//www.chinadaily.com.cn/regional/sichuan">Sichuan</a></div>
 <div class="lft_art" id="lft-art">
  <h1>Sichuan pandas draw record crowds during Spring Festival</h1>
  <div class="info"><span class="info_l">By Huang Zhiling | chinadaily.com.cn | Updated: 2019-03-05 08:30</span></div>
  <div id="Content">
""" + BODY + """  </div>
  <div class="ed">(Editor: Wang Qian)</div>
 </div>
</div>
<div class="footer">Copyright 1995 - 2019 . All rights reserved.</div>
</body>
</html>
"""))

# 16. Global Times: "Published: Oct 14, 2022 09:15 PM" in span.pub_time, paragraphs separated by <br><br>.
add(Page(
    file="en-globaltimes-br.html",
    url="https://www.globaltimes.cn/page/202210/1277012.shtml",
    title="Chongqing launches first cross-border freight train to Vietnam via new corridor",
    published_at="2022-10-14T21:15",
    notes="12-hour clock (09:15 PM = 21:15); body is one div of text separated by <br><br>; byline span apart",
    render=br_lines(indent="", sep="<br><br>"),
    body=[
        "A freight train loaded with auto parts and electronics left Chongqing on Friday for Hanoi, the first cross-border train on a new route of the New International Land-Sea Trade Corridor.",
        "The journey is expected to take about five days, two days shorter than the previous route, according to the operator.",
        "Analysts said the route would help Chinese manufacturers in western regions reach Southeast Asian markets faster.",
    ],
    html="""<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<title>Chongqing launches first cross-border freight train to Vietnam via new corridor - Global Times</title>
<meta name="keywords" content="Chongqing, freight train, Vietnam">
<link rel="stylesheet" href="/css/article.css">
</head>
<body>
<div class="header_nav"><a href="https://www.globaltimes.cn/">GT</a><a href="https://www.globaltimes.cn/china/">China</a><a href="https://www.globaltimes.cn/source/">Source</a><a href="https://www.globaltimes.cn/opinion/">Opinion</a><a href="https://www.globaltimes.cn/insight/">In-Depth</a></div>
<div class="container">
 <div class="article">
  <div class="article_column">SOURCE / ECONOMY</div>
  <div class="article_title">Chongqing launches first cross-border freight train to Vietnam via new corridor</div>
  <div class="author_share"><div class="author_share_left"><span class="byline">By Global Times</span><span class="pub_time">Published: Oct 14, 2022 09:15 PM</span></div>
  <div class="author_share_right"><a class="share_fb"></a><a class="share_tw"></a></div></div>
  <div class="article_content"><div class="article_right">""" + BODY + """</div></div>
 </div>
 <div class="related_news"><h4>RELATED ARTICLES</h4><ul><li><a href="/page/202210/1276900.shtml">Land-sea corridor cargo volume up</a></li></ul></div>
</div>
<div class="footer">Copyright &copy; 2022 Global Times Online (www.globaltimes.cn). All rights reserved.</div>
</body>
</html>
"""))

# 17. Xinhua English: "Source: Xinhua| 2023-07-10 19:42:05" in div.info; Editor line after the body.
add(Page(
    file="en-xinhua-english.html",
    url="https://english.news.cn/20230710/a1b2c3d4e5f60718293a4b5c6d7e8f90/c.html",
    title="China's summer grain harvest nearly complete",
    published_at="2023-07-10T19:42:05",
    notes="Xinhua English: source and datetime with seconds in one div; photo caption in body; Editor: line excluded",
    body=[
        "BEIJING, July 10 (Xinhua) -- More than 97 percent of China's winter wheat had been harvested as of Monday, the Ministry of Agriculture and Rural Affairs said.",
        Img("20230710a1b2c3_1.jpg", "A farmer drives a harvester in a wheat field in Henan province, central China, June 5, 2023. (Xinhua)"),
        "Despite rain in parts of the main producing areas in late May, the overall output of summer grain is expected to remain stable, the ministry said.",
        "Local authorities have organized drying facilities and subsidies to reduce losses from the rain.",
    ],
    render=paragraphs("<p>", img=lambda i: f'<p><img src="{i.src}" alt="" /></p>\n<p><span style="color: #000080;">{esc(i.caption)}</span></p>\n'),
    html="""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>China's summer grain harvest nearly complete-Xinhua</title>
<meta name="keywords" content="grain, harvest">
<link rel="stylesheet" href="//english.news.cn/css/detail.css">
</head>
<body>
<div class="nav"><a href="//english.news.cn/">Home</a><a href="//english.news.cn/china/">China</a><a href="//english.news.cn/world/">World</a><a href="//english.news.cn/business/">Business</a><a href="//english.news.cn/photo/">Photos</a></div>
<div class="conBox">
 <div class="conTop"><h1>China's summer grain harvest nearly complete</h1>
 <div class="info">Source: Xinhua| 2023-07-10 19:42:05|Editor: huaxia</div></div>
 <div class="content">
  <div id="detailContent">
""" + BODY + """  </div>
 </div>
 <div class="related"><h3>Related</h3><ul><li><a href="#">Drones help farmers in wheat season</a></li></ul></div>
</div>
<div class="foot">Copyright &copy; 2000 - 2023 XINHUANET.com All rights reserved.</div>
</body>
</html>
"""))
