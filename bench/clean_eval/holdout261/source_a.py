"""holdout261, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛. Invented text, written by hand."""

CASES = [
    dict(
        slug="fanwen-lanzhi-speech-basket-market",
        site="篮枝范文馆 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.lanzhifw.cn/jianghua/2024/1108/5531.html",
        title="在醢川县竹编菜篮产业推进会上的讲话",
        record_title="在醢川县竹编菜篮产业推进会上的讲话（精编2篇）_篮枝范文馆",
        date="2024-11-06",
        date_also=["2024-11-08"],
        notes="old gb2312 table layout; date under the speech title; site date differs",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>在醢川县竹编菜篮产业推进会上的讲话（精编2篇）_篮枝范文馆</title>
<script src="/js/tj.js"></script></head><body>
<table width="960"><tr><td>⟦m 篮枝范文馆——一篮好稿随手拎⟧</td><td><marquee>⟦d 温馨提醒：篮枝稿件只作写作参照，照抄后果自担⟧</marquee></td></tr></table>
<table><tr><td>⟦m 本馆首页⟧ | ⟦m 讲话发言⟧ | ⟦m 会议致辞⟧</td></tr></table>
<table><tr><td valign="top">
<h1>{T}</h1>
<p>⟦m 入馆时间：2024-11-08　整理：竹青　浏览：417⟧</p>
<p>⟦a 【字体缩放：特大 适中 偏小】⟧</p>
<p>（2024年11月6日）</p>
<p>县委副书记　甄晓岚</p>
{BODY}
<p>⟦a 整篇带走→ 点此存为Word稿件⟧</p>
</td><td valign="top" width="220">⟦l 馆内热读榜⟧<br>⟦l 乡村产业振兴座谈会发言稿⟧<br>⟦l 手工编织合作社年度小结⟧<br>⟦w 材料不会写？篮枝写手QQ：30917752⟧</td></tr></table>
<table><tr><td>⟦m 篮枝范文馆 版权所有 湘ICP备20117365号 今日访客：1093⟧</td></tr></table>
</body></html>
""",
        body="""
同志们：
今天召开这次会议，目的是把竹编菜篮这件“小产品”做成富民“大产业”。去年全县竹编菜篮产量达到46万只，带动1200多户农户增收。⟦w 找讲话稿原文，请私信篮枝客服⟧
下面，我讲三点意见。
一要稳住原料。各乡镇要管好毛竹林，严禁乱砍乱伐，保证篾料供应。
二要提升品质。县市场监管局要牵头制定菜篮编织地方标准，开展技能培训。
三要打开销路。电商中心要帮助合作社把菜篮卖到城里的超市和菜市场。
同志们，一只菜篮连着千家万户，希望大家齐心协力，把这项工作抓紧抓实。
""",
    ),
    dict(
        slug="fanwen-cuxiang-summary-vinegar-workshop",
        site="醋香公文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.cuxianggw.com/zongjie/88712.html",
        title="2024年醯水县老醋作坊醋瓶回收工作总结",
        record_title="【精品可改】2024年醯水县老醋作坊醋瓶回收工作总结〔Word版〕_醋香公文网",
        date="2024-12-20",
        date_also=["2025-01-03"],
        notes="text page; 成文日期 under signature; site posting date differs; chrome glued after 。",
        page="""
!m 醋香公文网·每天一篇好材料
!m 所在栏目：醋香首页 ▸ 总结汇报 ▸ 部门总结
{T}
!m 上架日期：2025-01-03　热度 ☆☆☆☆
!a ≡ 全文一键取走 ≡ 稿件存入收藏夹 ≡
{BODY}
!l 相邻稿件：上篇《酱菜厂安全生产月总结》　下篇《调味品协会年会小结》
!d 醋香公文网内容源自网友投稿，若涉侵权请写信至 banquan@cuxianggw.com
!m 浙ICP备21055730号　醋香公文网
""",
        indent="\u3000\u3000",
        body="""
今年以来，醯水县老醋作坊联合会围绕“醋瓶回收再利用”开展工作，共回收玻璃醋瓶8.6万只，清洗消毒后重新灌装5.1万只，节约包装成本12万元。
一、主要做法
（一）设立回收点。在全县14个菜市场设立醋瓶回收箱，群众每交回一只空瓶可抵扣0.3元。⟦a 此段已折叠，展开请登录⟧
（二）规范清洗。制定清洗消毒规程，每批醋瓶经检验合格后方可灌装。
二、存在问题
部分回收箱管理不到位，破损醋瓶混入，影响清洗效率。
明年，我们将扩大回收网点，力争回收率提高到六成。
醯水县老醋作坊联合会
2024年12月20日
""",
    ),
    dict(
        slug="wenku-yanpu-survey-salt-jars",
        site="盐铺文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://wenku.yanpu.net/view/7c3e92a1.html",
        title="关于鹾城市农户腌菜盐罐使用情况的调研报告",
        record_title="关于鹾城市农户腌菜盐罐使用情况的调研报告.pdf",
        date="2024-09-15",
        notes="文库 reader; page markers as HTML paragraphs; file-name record title; data table",
        pages=dict(fmt="⩗{n}⩘", every=130, start=2),
        p_html='<p class="rd-line">{}</p>',
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于鹾城市农户腌菜盐罐使用情况的调研报告.pdf - 盐铺文库</title>
<script>window.rdConf={doc:'7c3e92a1'};</script></head><body>
<header><span>⟦m 盐铺文库｜万份文档随手翻⟧</span><a>⟦a 开通盐铺年卡⟧</a><a>⟦a 上传我的文档⟧</a></header>
<div class="rd-tool">⟦a 放大 缩小 全屏阅读 页面跳转⟧</div>
<div class="rd-meta">⟦m 页数：4页　格式：PDF　大小：211KB　上传者：咸淡人生⟧</div>
<div class="rd-doc"><h2>{T}</h2>
{BODY}
</div>
<div class="rd-pay">⟦a 余下2页需盐铺年卡会员方可阅读⟧ <button>⟦a 立刻解锁剩余页⟧</button></div>
<aside>⟦l 同类文档推荐⟧<ul><li>⟦l 农村腌制食品安全宣传提纲⟧</li><li>⟦l 家庭储盐容器选购指南⟧</li></ul></aside>
<footer>⟦d 盐铺文库所载文档由用户自行上传，盐铺仅提供存储空间⟧</footer>
</body></html>
""",
        body="""
为了解农户腌菜用盐罐的现状，调研组于今年8月走访了鹾城市3个乡镇的120户农户。
调研发现，使用陶制盐罐的有74户，使用塑料盐罐的有35户，其余11户使用玻璃瓶。
容器　户数　占比
陶制盐罐　74　61.7%
塑料盐罐　35　29.2%
玻璃瓶　11　9.1%
部分塑料盐罐长期存放粗盐后出现开裂、变色，个别农户反映腌菜发黑。建议市农业农村局开展腌制安全宣传，引导农户选用陶制或食品级容器。
鹾城市农村饮食安全调研组
2024年9月15日
""",
    ),
    dict(
        slug="wenku-shaoyin-plan-rice-paddle-canteen",
        site="勺印文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.shaoyinwk.com/p-30291847.html",
        title="饴山县中小学食堂饭勺分餐改进实施方案",
        record_title="饴山县中小学食堂饭勺分餐改进实施方案.docx",
        date="2024-03-01",
        notes="wrapped at 62 columns and cut by glued markers; decimal headings",
        wrap=62,
        pages=dict(fmt="⬯{n}⬯", every=120, start=2, glue=True),
        page="""
!m 勺印文库 > 教育资料 > 学校管理
!t 饴山县中小学食堂饭勺分餐改进实施方案.docx
!m 贡献者：饭点到了　｜　共5页　｜　浏览1.1万次
{BODY}
!a 试看结束，剩下的内容需要勺印会员才能继续阅读
!a 【下载本文档，需3个勺印币】
!d 本资料来自网络分享，勺印文库不对其准确性负责。
""",
        body="""
1 目标任务
1.1 全县中小学食堂统一使用定量饭勺分餐，每勺约150克，减少剩饭浪费。
1.2 本学期内完成全部32所学校食堂的饭勺更换工作。
2 工作步骤
2.1 县教育局统一采购不锈钢定量饭勺，各校于3月20日前领取。
2.2 各校组织食堂员工培训，学会按年级调整分餐量，低年级学生每餐一勺，高年级学生可添一勺。
2.3 各校在食堂张贴分餐公示，请家长扫码查看每周菜谱。
3 保障措施
学校分管校长为第一责任人，教育局将每月抽查一次。
饴山县教育局
2024年3月1日
""",
    ),
    dict(
        slug="gov-zhouxi-notice-rattan-chair-subsidy",
        site="酎溪镇人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.zhouxi.gov.example/zwgk/tzgg/202405/t20240512_88120.html",
        title="关于开展藤椅编织技艺培训的通知",
        record_title="关于开展藤椅编织技艺培训的通知_通知公告_酎溪镇人民政府",
        date="2024-05-10",
        date_also=["2024-05-12"],
        notes="modern portal with 索引号 table; document's contact beside the portal's 纠错 line",
        page="""
<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>关于开展藤椅编织技艺培训的通知_通知公告_酎溪镇人民政府</title>
<script src="/static/gov.js"></script></head><body>
<div class="gov-top">⟦m 酎溪镇人民政府门户网站⟧ <a>⟦a 银发护眼版⟧</a> <a>⟦a 读屏辅助⟧</a> <a>⟦a 简/繁切换⟧</a></div>
<nav>⟦m 首页⟧ ⟦m 政务公开⟧ ⟦m 办事服务⟧ ⟦m 互动交流⟧</nav>
<div class="loc">⟦m 您在这里：首页 > 政务公开 > 通知公告⟧</div>
<table class="idx"><tr><td>⟦m 索引号：ZX-0512-2024-00317⟧</td><td>⟦m 发布机构：酎溪镇党政办⟧</td></tr><tr><td>⟦m 公开日期：2024-05-12⟧</td><td>⟦m 公开方式：主动公开⟧</td></tr></table>
<h1>{T}</h1>
<p>酎溪府通〔2024〕21号</p>
{BODY}
<div class="tools">⟦a 【打印此页】【关闭窗口】⟧</div>
<footer><p>⟦m 主办：酎溪镇人民政府　网站标识码：9903170021⟧</p><p>⟦m 页面纠错请拨：0739-8810233⟧</p><p>⟦m 湘公网安备43059902000117号⟧</p></footer>
</body></html>
""",
        body="""
各村（社区）：
为传承藤椅编织技艺，促进群众就业增收，镇政府决定举办藤椅编织技艺培训班。现将有关事项通知如下：
一、培训时间：2024年5月20日至5月24日。
二、培训地点：酎溪镇文化站二楼。
三、培训对象：各村有意从事藤椅编织的群众，每村推荐5人。
四、请各村于5月16日前将报名表报镇社会事务办，报名表请下载附件填写。
联系人：黎秀芹，联系电话：0739-8810417。
附件：藤椅编织技艺培训报名表
酎溪镇人民政府
2024年5月10日
""",
    ),
    dict(
        slug="gov-guchuan-bulletin-vinegar-bottle-check",
        site="糗塘县市场监督管理局 (invented)",
        style="政府门户",
        genre="通报",
        kind="bulletin",
        form="text",
        source="http://scjgj.qiutang.gov.example/xxgk/202408/t20240826_4417.html",
        title="糗塘县市场监督管理局关于散装醋瓶标签抽查情况的通报",
        record_title="糗塘县市场监督管理局关于散装醋瓶标签抽查情况的通报 - 糗塘县市场监督管理局",
        date="2024-08-23",
        date_also=["2024-08-26"],
        notes="text-only portal; table; 抄送/印发 lines; portal hotline in footer",
        page="""
!m 糗塘县市场监督管理局  |  网站地图  |  长辈模式
!m 当前所在：首页 - 信息公开 - 监管通报
{T}
!m 来源：食品科　　发布日期：2024-08-26　　访问次数：288
{BODY}
!a 【分享到微信】【打印本页】【关闭】
!m 县局投诉举报热线：12315　网站运维电话：0743-6620019
!m 糗塘县市场监督管理局主办　湘ICP备19088420号-3
""",
        body="""
各市场监管所：
8月上旬，县局对全县农贸市场散装醋零售摊点的醋瓶标签进行了抽查，共抽查摊点23个。
抽查项目　合格数　不合格数
标注生产日期　17　6
标注生产厂家　19　4
瓶身清洁无残留　21　2
对标签不全的6个摊点，已责令限期整改。各所要督促经营户在醋瓶上完整标注品名、厂家和生产日期。
糗塘县市场监督管理局
2024年8月23日
抄送：县食安办。
糗塘县市场监督管理局办公室　2024年8月23日印发
""",
    ),
    dict(
        slug="news-feiyan-rattan-chair-workshop",
        site="飧湖新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.sunhu.example/local/2024-06/18/c_77120.htm",
        title="飧湖老藤椅作坊迎来年轻学徒",
        record_title=None,
        date="2024-06-18",
        record_date="2024-06-18",
        notes="missing record title, found in the h1; byline 发布时间; photo caption between paragraphs; editor line glued",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>飧湖新闻网</title><script>var ad_slot=3;</script></head><body>
<div class="hd">⟦m 飧湖新闻网 飧湖人自己的新闻客户端⟧ <a>⟦a 下载飧湖新闻客户端⟧</a></div>
<nav>⟦m 要闻⟧ ⟦m 本地⟧ ⟦m 民生⟧ ⟦m 视频⟧</nav>
<h1>{T}</h1>
<div class="by">⟦m 发布时间：2024-06-18 09:42　来源：飧湖日报　记者 濮海棠⟧</div>
<div class="listen">⟦a ▶ 听新闻⟧</div>
{BODY}
<div class="share">⟦l 转给朋友：微信 朋友圈 微博⟧</div>
<aside><h3>⟦l 本地24小时热榜⟧</h3><ol><li>⟦l 飧湖环湖步道今起分段封闭⟧</li><li>⟦l 夏季防溺水提示请查收⟧</li></ol></aside>
<footer>⟦d 飧湖新闻网原创稿件，转载须注明出处⟧ ⟦m 新闻热线：0577-6120888⟧</footer>
</body></html>
""",
        body="""
6月17日，在飧湖镇馐岭村的一间老作坊里，62岁的藤椅匠人程守义正手把手教两名年轻人穿藤、收口。
作坊里摆着十几把刚编好的藤椅，椅面细密，坐上去又凉快又结实。
⟦m 图为程守义在指导学徒编藤椅。记者 濮海棠 摄⟧
“以前担心这门手艺没人学，现在有年轻人愿意来，我很高兴。”程守义说。两名学徒都是本村人，在外打工几年后回乡，打算学成后开网店卖藤椅。
据了解，飧湖镇今年将扶持3家藤椅作坊，帮助它们申请商标、参加展销会。⟦m （责任编辑：卢晴）⟧
""",
    ),
    dict(
        slug="news-yanluo-salt-jar-museum",
        site="酤口晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.gukouwb.example/shehui/2024/0907/90311.shtml",
        title="酤口镇民俗馆展出百年盐罐",
        record_title="【城事】酤口镇民俗馆展出百年盐罐（附开放时间）｜酤口晚报网",
        date="2024-09-07",
        notes="text page; dotted byline date; title glued before the lead; one line at the end",
        page="""
!m 酤口晚报网 ＞ 社会 ＞ 城事
!t 【城事】酤口镇民俗馆展出百年盐罐（附开放时间）
!m 2024.09.07 08:15　酤口晚报　实习生 鲍一帆
{T}{BODY}
!l 相关新闻：老街修缮二期工程开工　｜　中秋民俗市集招募摊主
!a 觉得有用？点个赞再转发
!m 酤口晚报网违法和不良信息举报：0733-2219001
""",
        body="""
9月6日，酤口镇民俗馆新展“盐罐里的日子”开幕，展出清末至上世纪八十年代的各式盐罐47件。
展品中最老的一只青釉盐罐已有一百多年历史，罐口有一圈防潮的凹槽，是当地人家代代相传的老物件。
馆长沈若兰介绍，这些盐罐大多由村民捐赠，展览将持续到11月底。
开放时间：每周二至周日9:00—17:00，免费参观，市民可扫码预约。
""",
    ),
    dict(
        slug="forum-chuju-paddle-wooden-thread",
        site="厨具发烧友论坛 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="post",
        form="html",
        source="https://bbs.chujufsy.example/thread-228134-1-1.html",
        title="用了十年的枣木饭勺，说说保养心得",
        record_title="[厨房手记] 用了十年的枣木饭勺，说说保养心得 - 木器交流区 - 厨具发烧友论坛",
        date=None,
        notes="Discuz-like forum with jammer fonts; post time is no date for an essay-like post? here the post has no document date",
        junk=dict(lines=1, glued=2),
        p_html="{}<br />",
        page="""
<html><head><meta charset="utf-8"><title>[厨房手记] 用了十年的枣木饭勺，说说保养心得 - 木器交流区 - 厨具发烧友论坛</title>
<script src="static/js/common.js"></script></head><body>
<div id="hd">⟦m 厨具发烧友论坛 - 锅碗瓢盆都有故事⟧ <a>⟦a 登录⟧</a> <a>⟦a 立即注册⟧</a></div>
<div id="pt">⟦m 厨具发烧友论坛 › 木器交流区 › 查看帖子⟧</div>
<div class="subject">{T}</div>
<div class="authi">⟦m 楼主：老槐木　发表于 3 天前　只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦a 评分 +2 参与人数 5⟧</div>
<div class="sign">⟦m 签名：木头会说话，手作饭勺定制找老槐⟧</div>
<div class="fastre">⟦l 快速回复本帖⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4 厨具发烧友论坛⟧</div>
</body></html>
""",
        body="""
我家这把枣木饭勺是十年前在集市上买的，到现在一点没裂，给大家说说怎么保养。
第一，用完马上冲洗，不要泡在水池里。木头泡久了容易发胀开裂。
第二，洗完竖着晾干，不要放进消毒柜高温烘烤。
第三，每隔一两个月抹一层食用油，让木头吃透油，表面就不容易吸水发霉。
如果饭勺上出现黑点，可以用细砂纸轻轻打磨，再抹油。用久了的木饭勺颜色会变深，这是正常现象。
""",
    ),
    dict(
        slug="forum-xianweng-vinegar-bottle-post",
        site="老坛子生活论坛 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="post",
        form="text",
        source="http://www.laotanzi.example/forum.php?mod=viewthread&tid=61127",
        title="醋瓶盖子拧不开，试了这几个办法",
        record_title="醋瓶盖子拧不开，试了这几个办法",
        date=None,
        notes="text page with forum junk lines and glued junk; title as in the record; relative time",
        junk=dict(lines=2, glued=2),
        page="""
!m 老坛子生活论坛 » 居家妙招 » 帖子正文
{T}
!m 作者：瓶瓶罐罐　｜　昨天 21:13　｜　回复 12　查看 640
{BODY}
!l 回复 1#　厨房小能手：热水烫瓶口最管用
!l 回复 2#　咸鱼翻身：我是用橡胶手套拧开的
!a 登录后方可回帖
""",
        body="""
家里一瓶陈醋放久了，瓶盖被醋结住，怎么也拧不开。试了几个办法，分享一下。
一是把瓶口倒过来放进热水里泡两分钟，金属盖受热膨胀，一拧就开。
二是戴上橡胶手套增加摩擦力，效果也不错。
三是用勺柄沿着瓶盖边缘轻轻敲几圈，把结住的醋渣震松。
以后倒完醋记得用纸巾擦干净瓶口，再把瓶盖拧紧放在阴凉处，就不会再结住了。大家还有什么好办法，欢迎在楼下补充。
""",
    ),
]
