"""Blogs, forum threads and magazine archives: pages with weak or unusual chrome and dates."""

from build import BODY, Page, br_lines, esc, paragraphs

PAGES: list[Page] = []
add = PAGES.append

# 1. Sina blog of 2009: h2.titName, "(2009-05-08 21:15:40)" in span.time, div.articalContent, comments.
add(Page(
    file="blog-sina-2009.html",
    url="http://blog.sina.com.cn/s/blog_4a5b6c7d0100d8ef.html",
    title="老家的槐花又开了",
    published_at="2009-05-08T21:15:40",
    notes="blog: date in parentheses with seconds; body <br>-separated with &nbsp; indents inside div.articalContent; tags, 阅读/评论 counts and comments below",
    render=br_lines(indent="&nbsp;&nbsp;&nbsp;&nbsp;", sep="<br />\n"),
    body=[
        "五一回了一趟老家，村口那几棵老槐树又开花了，一串一串白得耀眼，隔着老远就能闻到香味。",
        "小时候每到这个季节，奶奶总会用长竹竿钩下几枝槐花，洗净了拌上面粉蒸着吃，那是我记忆里最好吃的春天。",
        "如今奶奶已经不在了，老屋也空了很多年。站在树下，忽然觉得有些东西是回不去的，只能记在心里。",
        "回城的时候，母亲给我装了一袋槐花，说冻在冰箱里，想吃的时候拿出来蒸。",
        "车开出村子很远了，回头还能看见那几棵槐树，白花花的一片，像是谁在村口挥着手。",
    ],
    html="""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>老家的槐花又开了_青石巷_新浪博客</title>
<meta name="keywords" content="老家的槐花又开了_青石巷_新浪博客,青石巷,槐花,老家" />
<link href="http://simg.sinajs.cn/blog7style/css/conf/blog/article.css" type="text/css" rel="stylesheet" />
<script type="text/javascript">var $uid = "1247300733"; var $blogArticleId = "4a5b6c7d0100d8ef";</script>
</head>
<body>
<div class="sinatopbar"><a href="http://www.sina.com.cn/">新浪首页</a> <a href="http://blog.sina.com.cn/">博客</a> <a href="http://blog.sina.com.cn/lm/">博客频道</a> <a href="http://control.blog.sina.com.cn/login.php">登录</a></div>
<div class="sinablogbody" id="sinablogbody">
 <div class="blogtitle"><h1><a href="http://blog.sina.com.cn/qingshixiang">青石巷的博客</a></h1><p>一条小巷，几段旧事</p></div>
 <div class="blognav"><a href="http://blog.sina.com.cn/qingshixiang">首页</a> <a href="http://blog.sina.com.cn/s/articlelist_1247300733_0_1.html">博文目录</a> <a href="http://blog.sina.com.cn/s/profile_1247300733.html">关于我</a></div>
 <div class="SG_colW73">
  <div class="SG_conn" id="module_920">
   <div class="articalTitle">
    <h2 id="t_4a5b6c7d0100d8ef" class="titName SG_txta">老家的槐花又开了</h2>
    <span class="time SG_txtc">(2009-05-08 21:15:40)</span>
   </div>
   <div class="articalTag"><table><tr><td class="blog_tag"><h3>标签：</h3><a href="http://search.sina.com.cn/?q=槐花&c=blog">槐花</a> <a href="#">老家</a> <a href="#">杂谈</a></td><td class="blog_class"><h3>分类：</h3><a href="#">随笔</a></td></tr></table></div>
   <div id="sina_keyword_ad_area2" class="articalContent">
""" + BODY + """   </div>
   <div class="articalInfo">阅读<span id="r_4a5b6c7d0100d8ef">(326)</span> ┊ 评论<span id="c_4a5b6c7d0100d8ef">(3)</span> ┊ 收藏(0) ┊ 转载 ┊ 喜欢▼ ┊ 打印 ┊ 举报</div>
   <div class="articalfrontback"><div><span>前一篇：</span><a href="http://blog.sina.com.cn/s/blog_4a5b6c7d0100d7aa.html">春天里的一场雨</a></div><div><span>后一篇：</span><a href="http://blog.sina.com.cn/s/blog_4a5b6c7d0100d9bb.html">母亲节</a></div></div>
   <div class="allComm"><div class="allCommTit"><strong>评论</strong></div>
    <ul class="article_comment_list">
     <li><span class="SG_revert_Tit"><a href="#">山那边</a></span><span class="SG_revert_Time">2009-05-08 22:03</span><div class="SG_revert_Inner">读得眼睛发酸，我家门口也有一棵。</div></li>
     <li><span class="SG_revert_Tit"><a href="#">小木</a></span><span class="SG_revert_Time">2009-05-09 08:41</span><div class="SG_revert_Inner">槐花饭，好多年没吃过了。</div></li>
     <li><span class="SG_revert_Tit"><a href="#">青石巷</a></span><span class="SG_revert_Time">2009-05-09 10:15</span><div class="SG_revert_Inner">谢谢大家来看。</div></li>
    </ul></div>
  </div>
 </div>
 <div class="SG_colW21"><div class="SG_conn"><div class="SG_connHead">个人资料</div><div class="SG_connBody">青石巷 · 博客等级 · 博客积分：1024</div></div></div>
</div>
<div class="footer">新浪BLOG意见反馈留言板　电话：95105670　提示音后按2键（按当地市话标准计费）<br />Copyright &copy; 1996 - 2009 SINA Corporation, All Rights Reserved</div>
</body>
</html>
"""))

# 2. A translation blog post saved without <head>: author/translator line, then a date alone.
add(Page(
    file="blog-translation-nohead.html",
    url="http://www.yiwenji.net/archives/2011/03/04/1289.html",
    title="图书馆里的最后一盏灯",
    published_at="2011-03-04",
    notes="NO <head>/<title>; title in h2 inside the post; line 作者/译 then the date 2011年3月4日 alone in its own <p>; comments below",
    body=[
        "每天晚上十点，市立图书馆的管理员老杨会沿着书架走一圈，一盏一盏地关灯。",
        "最后一盏灯在阅览室的角落里，那里总坐着一个读书的女孩。老杨从不催她，只是把钥匙放在桌边，轻轻说一声：“走的时候记得锁门。”",
        "很多年以后，女孩成了一名作家。她在第一本书的扉页上写道：献给那盏为我多亮了一会儿的灯。",
    ],
    render=paragraphs("<p>"),
    html="""<div id="wrap">
<div id="header"><h1 class="blog-name"><a href="http://www.yiwenji.net/">译文集</a></h1><div class="desc">好文章，慢慢译</div>
<ul class="menu"><li><a href="http://www.yiwenji.net/">首页</a></li><li><a href="http://www.yiwenji.net/category/fiction">小说</a></li><li><a href="http://www.yiwenji.net/category/essay">散文</a></li><li><a href="http://www.yiwenji.net/about">关于</a></li></ul></div>
<div id="content">
 <div class="post" id="post-1289">
  <h2 class="post-title">图书馆里的最后一盏灯</h2>
  <p class="post-author">作者：[美] 玛丽·霍顿　译：林小舟</p>
  <p class="post-date">2011年3月4日</p>
  <div class="entry">
""" + BODY + """  </div>
  <p class="postmetadata">分类：<a href="http://www.yiwenji.net/category/fiction">小说</a> | <a href="#comments">3 条评论</a></p>
 </div>
 <div id="comments"><h3>3 条评论</h3><ol class="commentlist">
  <li><cite>读者A</cite> 说：<p>很温暖的小故事，译得也好。</p><small>2011年3月5日 上午 9:12</small></li>
  <li><cite>青苔</cite> 说：<p>原文在哪里能找到？</p><small>2011年3月5日 下午 2:40</small></li>
  <li><cite>林小舟</cite> 说：<p>原文收在作者的短篇集里。</p><small>2011年3月6日 上午 10:03</small></li>
 </ol></div>
</div>
<div id="sidebar"><h3>最新文章</h3><ul><li><a href="#">雨中的车站</a></li><li><a href="#">写给十年后的自己</a></li></ul></div>
<div id="footer">&copy; 2011 译文集 · Powered by WordPress</div>
</div>
"""))

# 3. A Discuz! X2 forum thread (GBK): span#thread_subject, "发表于 2013-8-21 10:05", replies below.
add(Page(
    file="bbs-discuz-gbk-thread.html",
    url="http://bbs.xmfish.com/thread-8812345-1-1.html",
    encoding="gbk",
    title="周末带娃去植物园，雨林温室值得一去",
    published_at="2013-08-21T10:05",
    notes="Discuz! X2, GBK; first post (楼主) is the body, replies are comments; date 发表于 2013-8-21 10:05 with unpadded month",
    render=br_lines(indent="", sep="<br />\n"),
    body=[
        "上周六带娃去了一趟植物园，天气不错，人不算多。",
        "最推荐雨林温室，里面有瀑布和各种热带植物，娃看得很兴奋。门票加温室一共40元，儿童半价。",
        "建议早上九点前入园，停车比较方便。园里有几家小卖部，但东西偏贵，最好自己带水。",
    ],
    html="""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>周末带娃去植物园，雨林温室值得一去 - 亲子乐园 - 小鱼社区 -  Powered by Discuz!</title>
<meta name="keywords" content="周末带娃去植物园，雨林温室值得一去" />
<meta name="generator" content="Discuz! X2" />
<link rel="stylesheet" type="text/css" href="data/cache/style_1_common.css?Abc" />
<script type="text/javascript">var STYLEID = '1', STATICURL = 'static/', IMGDIR = 'static/image/common', VERHASH = 'Abc', charset = 'gbk', discuz_uid = '0', cookiepre = 'xmf_', cookiedomain = '', cookiepath = '/', showusercard = '1', attackevasive = '0', disallowfloat = '', creditnotice = '', defaultstyle = '', REPORTURL = '', SITEURL = 'http://bbs.xmfish.com/', JSPATH = 'data/cache/';</script>
<script src="data/cache/common.js?Abc" type="text/javascript"></script>
</head>
<body id="nv_forum" class="pg_viewthread">
<div id="toptb" class="cl"><div class="wp"><div class="z"><a href="http://www.xmfish.com/">小鱼网</a></div><div class="y"><a href="member.php?mod=register">注册</a> <a href="member.php?mod=logging&amp;action=login">登录</a></div></div></div>
<div id="hd"><div class="wp"><div class="hdc cl"><h2><a href="./" title="小鱼社区"><img src="static/image/common/logo.png" alt="小鱼社区" border="0" /></a></h2></div>
<div id="nv"><ul><li><a href="forum.php">论坛</a></li><li><a href="group.php">群组</a></li><li><a href="home.php">家园</a></li></ul></div></div></div>
<div id="wp" class="wp">
<div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm" title="首页">小鱼社区</a> <em>&rsaquo;</em> <a href="forum.php">论坛</a> <em>&rsaquo;</em> <a href="forum-45-1.html">亲子乐园</a> <em>&rsaquo;</em> <a href="thread-8812345-1-1.html">周末带娃去植物园，雨林...</a></div></div>
<div id="ct" class="wp cl">
<div id="pgt" class="pgs mbm cl"><div class="pgt"><div class="pg"><strong>1</strong><a href="thread-8812345-2-1.html">2</a><a href="thread-8812345-2-1.html" class="nxt">下一页</a></div></div></div>
<div id="postlist" class="pl bm">
<table cellspacing="0" cellpadding="0"><tr><td class="pls ptm pbm"><div class="hm">查看: <span class="xi1">2318</span><span class="pipe">|</span>回复: <span class="xi1">3</span></div></td>
<td class="plc ptm pbn"><h1 class="ts"><span id="thread_subject">周末带娃去植物园，雨林温室值得一去</span></h1></td></tr></table>
<div id="post_77001234"><table id="pid77001234" class="plhin" cellspacing="0" cellpadding="0"><tr>
<td class="pls" rowspan="2"><div class="pi"><div class="authi"><a href="space-uid-512345.html" class="xw1">海边的阿珍</a></div></div><div class="avatar"><img src="uc_server/avatar.php?uid=512345&amp;size=middle" /></div><p><em>积分 1280</em></p></td>
<td class="plc"><div class="pi"><strong><a href="forum.php?mod=redirect&amp;ptid=8812345" id="postnum77001234">楼主</a></strong>
<div class="pti"><div class="authi"><img class="authicn vm" src="static/image/common/online_member.gif" /><em id="authorposton77001234">发表于 2013-8-21 10:05</em><span class="pipe">|</span><a href="forum.php?mod=viewthread&amp;tid=8812345&amp;page=1&amp;authorid=512345">只看该作者</a></div></div></div>
<div class="pct"><div class="pcb"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_77001234">
""" + BODY + """</td></tr></table></div></div></div></td></tr>
<tr><td class="plc plm"><div class="po hin"><div class="pob cl"><em><a class="fastre" href="#">回复</a></em><p><a href="#">举报</a></p></div></div></td></tr></table></div>
<div id="post_77001301"><table id="pid77001301" class="plhin"><tr><td class="pls"><div class="authi"><a href="space-uid-600001.html" class="xw1">bluesky88</a></div></td>
<td class="plc"><div class="pi"><strong><a href="#">沙发</a></strong><div class="pti"><div class="authi"><em id="authorposton77001301">发表于 2013-8-21 10:32</em></div></div></div>
<div class="pct"><div class="pcb"><div class="t_fsz"><table><tr><td class="t_f" id="postmessage_77001301">谢谢分享，这周末就去。温室里热不热？</td></tr></table></div></div></div></td></tr></table></div>
<div id="post_77001388"><table id="pid77001388" class="plhin"><tr><td class="pls"><div class="authi"><a href="space-uid-512345.html" class="xw1">海边的阿珍</a></div></td>
<td class="plc"><div class="pi"><strong><a href="#">板凳</a></strong><div class="pti"><div class="authi"><em id="authorposton77001388">发表于 2013-8-21 11:02</em></div></div></div>
<div class="pct"><div class="pcb"><div class="t_fsz"><table><tr><td class="t_f" id="postmessage_77001388"><div class="quote"><blockquote>温室里热不热？</blockquote></div>有点闷热，给娃穿薄一点就好。</td></tr></table></div></div></div></td></tr></table></div>
<div id="post_77001420"><table id="pid77001420" class="plhin"><tr><td class="pls"><div class="authi"><a href="space-uid-600777.html" class="xw1">厦门老王</a></div></td>
<td class="plc"><div class="pi"><strong><a href="#">地板</a></strong><div class="pti"><div class="authi"><em id="authorposton77001420">发表于 2013-8-21 13:47</em></div></div></div>
<div class="pct"><div class="pcb"><div class="t_fsz"><table><tr><td class="t_f" id="postmessage_77001420">南门那边停车场周末很难停，建议坐公交。</td></tr></table></div></div></div></td></tr></table></div>
</div>
</div>
</div>
<div id="ft" class="wp cl"><div id="flk" class="y"><p><a href="archiver/">Archiver</a><span class="pipe">|</span><a href="forum.php?mobile=yes">手机版</a><span class="pipe">|</span><strong><a href="http://www.xmfish.com/">小鱼网</a></strong> ( 闽ICP备05000123号 )</p></div>
<div id="frt"><p>Powered by <strong><a href="http://www.discuz.net" target="_blank">Discuz!</a></strong> <em>X2</em></p><p class="xs0">&copy; 2001-2011 <a href="http://www.comsenz.com" target="_blank">Comsenz Inc.</a></p></div></div>
</body>
</html>
"""))

# 4. A BBS thread saved without <head>: each post headed "2012-02-09 21:15:40 楼主".
add(Page(
    file="bbs-nohead-louzhu.html",
    url="http://bbs.hsw.cn/read-htm-tid-3456789.html",
    title="求助：老房子墙面返潮怎么处理？",
    published_at="2012-02-09T21:15:40",
    notes="NO <head>/<title>; title in a bold div; post header 'YYYY-MM-DD HH:MM:SS 楼主'; body = first post; replies (1楼, 2楼) are comments",
    render=br_lines(indent="", sep="<br>"),
    body=[
        "家里是九十年代的老房子，一楼，今年冬天北墙一直返潮，墙皮起泡脱落，屋里还有霉味。",
        "问了几个装修师傅，有的说要铲掉重做防水，有的说刷防潮漆就行，价格差了好几倍。",
        "有没有处理过类似情况的朋友，说说怎么弄比较靠谱？先谢谢了！",
    ],
    html="""<div class="bbs-top"><a href="http://bbs.hsw.cn/">华商论坛</a> &raquo; <a href="http://bbs.hsw.cn/thread-htm-fid-88.html">家居装修</a></div>
<div class="bbs-title"><b>求助：老房子墙面返潮怎么处理？</b></div>
<div class="bbs-stat">[ 点击 1562 | 回复 2 ]</div>
<div class="read" id="read_3456789">
 <div class="r-head"><span class="r-user"><a href="u.php?uid=223344">西安老张</a></span> <span class="r-time">2012-02-09 21:15:40 楼主</span></div>
 <div class="r-body" id="read_tpc">""" + BODY + """</div>
</div>
<div class="read" id="read_8812001">
 <div class="r-head"><span class="r-user"><a href="u.php?uid=556677">装修小李</a></span> <span class="r-time">2012-02-09 22:03:12 1楼</span></div>
 <div class="r-body">一楼北墙返潮很常见，最好先查一下是不是地面潮气上返，根治要做墙根防潮层。</div>
</div>
<div class="read" id="read_8812002">
 <div class="r-head"><span class="r-user"><a href="u.php?uid=778899">曲江居民</a></span> <span class="r-time">2012-02-10 08:47:55 2楼</span></div>
 <div class="r-body">我家去年也是这样，铲到水泥层，刷了两遍防水涂料，今年好多了。</div>
</div>
<div class="bbs-foot">华商论坛 版权所有 陕ICP备05000089号</div>
"""))

# 5. A magazine archive: the issue "1998年3月号" is the only date.
add(Page(
    file="magazine-archive-1998-issue.html",
    url="http://www.qikan-archive.cn/kxsj/1998/03/kxsj19980312.html",
    title="给城市留一片湿地",
    published_at="1998-03",
    notes="magazine archive: the only date is the issue 《科学世界》1998年3月号 (month precision); author line; column/issue chrome",
    body=[
        "城市扩张的脚步越来越快，河滩、苇塘和洼地一片片被填平，变成了道路和楼房。",
        "湿地被称为“城市之肾”，它能调节洪水、净化水质，还是许多鸟类和鱼类栖息繁衍的地方。",
        "一些城市已经开始尝试在规划中保留湿地，把它们建成公园，既保护了生态，也给市民提供了休闲的去处。",
        "科学家测算过，一公顷湿地每年可以吸收和降解大量的氮、磷等污染物，相当于一座小型污水处理厂的作用。湿地里的芦苇、香蒲等植物，还能为城市降温增湿。",
        "可惜的是，人们往往要等到湿地消失之后，才发现它的价值。有的城市在填平洼地之后，一到雨季就内涝不断，不得不花大钱修建排水设施。",
        "保护湿地不是城市发展的负担，而是给子孙后代留下的一份财富。",
    ],
    render=paragraphs('<p class="text">'),
    html="""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>给城市留一片湿地 - 科学世界 - 期刊存档</title>
<link rel="stylesheet" href="/static/qikan.css">
</head>
<body>
<div class="site-head"><a href="/">期刊存档</a><span>收录期刊 1200 余种</span><form action="/search"><input name="kw"><button>检索</button></form></div>
<div class="mag-bar"><img src="/covers/kxsj/1998-03.jpg" alt="封面"><div class="mag-info"><h3><a href="/kxsj/">科学世界</a></h3><p>《科学世界》1998年3月号</p><p><a href="/kxsj/1998/03/">本期目录</a> | <a href="/kxsj/1998/">1998年全部期次</a></p></div></div>
<div class="art">
 <div class="art-column">栏目：环境与我们</div>
 <h1 class="art-title">给城市留一片湿地</h1>
 <div class="art-author">文／周明远</div>
 <div class="art-body">
""" + BODY + """ </div>
 <div class="art-nav"><a href="kxsj19980311.html">上一篇：恐龙灭绝的新线索</a> <a href="kxsj19980313.html">下一篇：宇宙有多大</a></div>
</div>
<div class="site-foot">本站内容仅供学习研究　期刊存档 2010</div>
</body>
</html>
"""))

# 6. A magazine archive page saved without <head>: only "2003年5月" as the date.
add(Page(
    file="magazine-2003-month-nohead.html",
    url="http://www.banyuetan-archive.cn/2003/05/bl0312.htm",
    title="社区里的“老娘舅”",
    published_at="2003-05",
    notes="NO <head>/<title>; date 2003年5月 (month only) in a source line; title in <strong> inside a centred <p>",
    render=paragraphs("<p>", indent="\u3000\u3000"),
    body=[
        "在上海一个老式里弄，提起退休工人老周，街坊们都叫他“老娘舅”。",
        "邻里之间吵了架、漏了水、为了晾衣服红了脸，大家第一个想到的就是找他。十几年来，他调解的纠纷有三百多起。",
        "老周说，调解没什么诀窍，就是多听少说，让双方把气出了，事情也就好办了。",
        "前年冬天，楼上楼下两户人家因为水管漏水闹得不可开交，物业来了几次都没谈拢。老周拎着一袋橘子上门，先听楼下的抱怨，再陪楼上的找师傅修水管，一来二去，两家人竟成了常来常往的朋友。",
        "如今，居委会专门给老周开了一间“老娘舅工作室”，每周二、周四下午，总有街坊来找他坐一坐、说一说。",
    ],
    html="""<table width="760" align="center"><tr><td>
<p align="center"><a href="/">首页</a> | <a href="/2003/">2003年目录</a> | <a href="/2003/05/">本期目录</a></p>
<p align="center"><strong>社区里的“老娘舅”</strong></p>
<p align="center">作者：沈立　来源：《半月谈》2003年5月</p>
<hr>
""" + BODY + """<hr>
<p align="center">[<a href="bl0311.htm">上一篇</a>] [<a href="bl0313.htm">下一篇</a>]</p>
</td></tr></table>
"""))

# 7. A local yearbook (年鉴) entry online: only the year is given.
add(Page(
    file="yearbook-entry-year-only.html",
    url="http://dfz.wuxi.gov.cn/nianjian/2005/csjs/0412.html",
    title="城区供水管网改造",
    published_at="2005",
    notes="yearbook entry: the only date is the volume year 《无锡年鉴（2005）》 (year precision); dates inside the text are events, not publication",
    body=[
        "2004年，市自来水公司完成城区老旧供水管网改造42公里，更换居民户表1.6万只。",
        "改造后，城区管网漏损率由18%下降到12%，高峰时段供水压力明显改善。",
        "全年新增日供水能力5万吨，城区自来水普及率达到98.5%。",
    ],
    render=paragraphs("<p>"),
    html="""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>城区供水管网改造_无锡年鉴_无锡地方志</title>
<link rel="stylesheet" href="/css/dfz.css">
</head>
<body>
<div class="dfz-head">无锡地方志数据库</div>
<div class="dfz-nav"><a href="/">首页</a> &gt; <a href="/nianjian/">年鉴</a> &gt; <a href="/nianjian/2005/">《无锡年鉴（2005）》</a> &gt; <a href="/nianjian/2005/csjs/">城市建设</a></div>
<div class="dfz-main">
 <div class="book">所属卷册：《无锡年鉴（2005）》　篇目：城市建设 · 公用事业</div>
 <h3 class="entry-title">城区供水管网改造</h3>
 <div class="entry-text">
""" + BODY + """ </div>
 <div class="entry-src">（市水务局供稿）</div>
</div>
<div class="dfz-foot">无锡市地方志办公室 主办</div>
</body>
</html>
"""))
