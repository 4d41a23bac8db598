"""holdout166, part A: nail clippers (指甲剪) — a county's clipper-making cluster, a market
spot-check, a school's nail-care lesson, an elders' home, a forum thread and others. Every
case written by hand; sites, places, people, numbers, URLs and chrome wording invented."""

CASES = [
    dict(
        slug="fanwen-luyang-clipper-speech-marquee",
        site="笔墨文苑 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.bimowenyuan.example.com/jianghua/2025/0314/66120.html",
        title="在全县指甲剪产业质量提升推进会上的讲话",
        record_title="【精选】在全县指甲剪产业质量提升推进会上的讲话（通用2篇）_笔墨文苑",
        date="2025-03-14",
        notes="old gb2312 table layout: marquee, a 【字号：大 中 小】 row, floating ghost-writer box, visitor counter; date under the speech title (neutral), speaker line neutral",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>【精选】在全县指甲剪产业质量提升推进会上的讲话（通用2篇）_笔墨文苑</title>
<script>var hits=0;</script></head><body>
<table width="960" align="center"><tr><td><marquee>⟦m 笔墨文苑——写材料，先来这里看看⟧</marquee></td></tr>
<tr><td>⟦m 首页 | 讲话稿 | 会议发言 | 领导致辞 | 心得体会 | 述职报告⟧</td></tr>
<tr><td>⟦m 您现在的位置：笔墨文苑 >> 讲话稿 >> 产业会议⟧</td></tr></table>
<table width="960" align="center"><tr><td width="700">
<h2>⟦t 在全县指甲剪产业质量提升推进会上的讲话⟧</h2>
<p>栌阳县副县长　严书桐</p>
<p>（2025年3月14日）</p>
<p>⟦a 【字号：大 中 小】⟧ ⟦m 点击数：1287⟧</p>
{BODY}
<p>⟦l 上一篇：在全县春耕备耕工作会上的讲话⟧</p><p>⟦l 下一篇：在县供销系统年度表彰会上的致辞⟧</p>
</td><td width="260" valign="top">
<div>⟦l 本类热门⟧</div><ul><li>⟦l 在工业园区招商推介会上的讲话⟧</li><li>⟦l 质量月活动启动仪式致辞⟧</li></ul>
<div class="float">⟦w 材料急用？资深笔杆子一对一代笔，微信 bimo_wy2025⟧</div>
</td></tr></table>
<table width="960" align="center"><tr><td>⟦d 本站文章均由网友投稿，仅供参考借鉴，如有侵权请来信删除⟧</td></tr>
<tr><td>⟦m 访问总数：00372815　豫ICP备20250317号-2⟧</td></tr></table>
</body></html>
""",
        body="""
同志们：
今天召开全县指甲剪产业质量提升推进会，主要任务是总结去年工作，部署今年质量提升的重点任务。
我县指甲剪产业起步于上世纪八十年代，目前全县有生产企业一百三十七家，年产各类指甲剪一亿二千万把，占全国市场份额近三成。
但也要清醒看到，我们的产品以中低端为主，刃口硬度不稳、镀层易脱落等问题在抽检中屡次出现。
今年，全县要重点抓好三件事：一是推行刃口热处理工艺标准，二是建设县级检测公共服务平台，三是培育五个以上自主品牌。
各乡镇、各部门要把质量提升作为产业发展的生命线，拿出实招硬招，确保各项任务落到实处。
""",
    ),
    dict(
        slug="wenku-clipper-inspection-report-vip-pages",
        site="知页文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://wenku.zhiye.example.com/view/8c1f0e2a77d.html",
        title="关于棠溪市指甲剪产品质量状况的调研报告",
        record_title="关于棠溪市指甲剪产品质量状况的调研报告 - 知页文库",
        date="2025-05-20",
        pages=dict(fmt="⸨{n}⸩", every=150, start=2),
        notes="文库 preview: page markers ⸨n⸩ on lines of their own cut sentences; VIP unlock prompt; 成文日期 under the signature",
        page="""
!m 知页文库 > 行业资料 > 轻工制造
{T}
!m 上传者：tz_qc09　　6页　　0.9积分
!a 下载文档　　收藏　　举报
{BODY}
!a 预览已到末页，剩余2页需开通知页会员后阅读全文
!a 立即开通　　单篇购买 ¥4.90
!d 本文档由用户自行上传，知页文库仅提供信息存储空间，不对内容真实性负责。
!l 相关文档：五金刃具检验规程.doc　｜　日用小五金抽检细则.pdf
""",
        body="""
为掌握本市指甲剪产品质量状况，市质量技术中心于今年四月组织了专题调研，现将有关情况报告如下。
一、基本情况
调研组走访生产企业二十一家、批发市场三处、超市卖场十二家，抽取样品六十批次。
二、检测结果
六十批次样品中，合格五十一批次，合格率为百分之八十五，主要不合格项目为刃口硬度、剪切性能和镀层附着力。
三、存在的问题
部分小作坊仍使用回收钢材，热处理工艺随意，出厂检验形同虚设。
四、意见建议
建议加大对无证小作坊的整治力度，引导企业购置淬火设备，并在主要批发市场设立快速检测点。
棠溪市质量技术中心
2025年5月20日
""",
    ),
    dict(
        slug="gov-qianhe-clipper-spotcheck-notice",
        site="楝川县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.lianchuan.example.gov.cn/zwgk/tzgg/202506/t20250609_2201.html",
        title="楝川县市场监督管理局关于开展指甲剪等日用刃具产品质量监督抽查的通知",
        record_title=None,
        date="2025-06-09",
        date_also=["2025-06-10"],
        notes="modern county portal: 适老版/读屏 links, 索引号 table, 文号 neutral, the document's own 联系人/电话 next to the portal's 纠错 line; title missing from the record, found in <h1>",
        page="""
<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>楝川县人民政府</title>
<script src="/js/jquery.min.js"></script></head><body>
<header><div class="tool">⟦a 适老版⟧ ⟦a 读屏模式⟧ ⟦a 繁體⟧ ⟦a 登录⟧</div>
<div class="logo">⟦m 楝川县人民政府 · 楝川之窗⟧</div>
<nav>⟦m 首页　政务公开　政务服务　互动交流　走进楝川⟧</nav></header>
<div class="crumb">⟦m 当前位置：首页 > 政务公开 > 通知公告⟧</div>
<table class="meta"><tr><td>⟦m 索引号：11451123MB1C70542K/2025-00318⟧</td><td>⟦m 发布机构：县市场监督管理局⟧</td></tr>
<tr><td>⟦m 生成日期：2025-06-10⟧</td><td>⟦m 主题分类：市场监管、安全生产监管⟧</td></tr></table>
<h1>楝川县市场监督管理局关于开展指甲剪等日用刃具产品质量监督抽查的通知</h1>
<p class="wh">楝市监〔2025〕41号</p>
<div class="content">
{BODY}
</div>
<div class="share">⟦l 分享到：微信 微博 QQ空间⟧ ⟦a 【打印本页】⟧ ⟦a 【关闭窗口】⟧</div>
<footer><p>⟦m 主办：楝川县人民政府办公室　网站标识码：4311230017⟧</p>
<p>⟦m 网站纠错电话：0746-5120000⟧</p><p>⟦m 湘公网安备 43112302000167号⟧</p></footer>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位，各生产经营单位：
为加强日用刃具产品质量监管，县局决定于6月至8月开展指甲剪、剪刀、削皮刀等日用刃具产品质量监督抽查，现将有关事项通知如下。
一、抽查范围：全县生产企业及批发、零售环节销售的日用刃具产品。
二、抽查项目：刃口硬度、剪切性能、镀层耐腐蚀性、标志标识等。
三、工作要求：被抽查单位应当配合抽样，不得拒绝或者转移产品；对抽查不合格的，依法责令整改并向社会公布。
联系人：欧阳竹，电话：0746-5123486。
附件：1.日用刃具产品抽查计划表
2.抽样单（样式）
楝川县市场监督管理局
2025年6月9日
""",
    ),
    dict(
        slug="news-clipper-export-fair-photo-caption",
        site="槿阳晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.jinyangwb.example.com/jingji/2025-04/18/content_77129.htm",
        title="小剪刀剪出外贸大订单 槿阳指甲剪企业组团赴广交会",
        record_title="小剪刀剪出外贸大订单 槿阳指甲剪企业组团赴广交会_经济_槿阳晚报网",
        date="2025-04-18",
        record_date="2025-04-18",
        notes="news portal: a photo caption on a line of its own between paragraphs, reporter line glued after the last sentence, hot list",
        page="""
!m 槿阳晚报网 | 经济 | 本地产业
{T}
!m 2025-04-18 08:42　来源：槿阳晚报　记者 蓝一舟 通讯员 秦可　
!a A- A+ 　听新闻
{BODY}
!l 编辑：席雨
!l 24小时热读
!l 1 城南快速路下月通车
!l 2 槿阳首条夜间公交线开通
!m 槿阳晚报社版权所有 未经书面授权不得转载
""",
        body="""
4月15日，第137届广交会开幕首日，槿阳县十二家指甲剪生产企业组团参展，当天就签下意向订单三百六十万美元。
⟦m 图为参展企业工作人员向外商展示折叠式指甲剪。本报记者 蓝一舟 摄⟧
“以前出去只拿得出几块钱一把的普通款，现在有了不锈钢一体成型、带防飞溅罩的新款，外商一看就问价。”
华刃五金负责人卢振东说，企业去年投入八百万元更新了数控磨刃生产线，产品单价提高了一倍。
据了解，槿阳县指甲剪年出口额已达一点六亿美元，产品销往四十多个国家和地区。⟦m （记者 蓝一舟）⟧
""",
    ),
    dict(
        slug="forum-clipper-baby-thread-jammer",
        site="椴溪妈妈圈论坛 (invented)",
        style="论坛",
        genre="经验分享",
        kind="other",
        form="html",
        source="https://bbs.duanximama.example.com/thread-331902-1-1.html",
        title="给新生儿剪指甲的一点经验，新手爸妈可以看看",
        record_title="给新生儿剪指甲的一点经验，新手爸妈可以看看 - 育儿经验 - 椴溪妈妈圈论坛",
        date=None,
        junk=dict(lines=1, glued=2),
        notes="Discuz-like forum with jammer fonts; relative time 3天前 is no date; floor number, signature, reply box",
        page="""
<html><head><meta charset="utf-8"><title>给新生儿剪指甲的一点经验，新手爸妈可以看看 - 育儿经验 - 椴溪妈妈圈论坛</title>
<style>.jammer{font-size:0;color:#fff}</style></head><body>
<div id="hd">⟦m 椴溪妈妈圈论坛 - 椴溪本地宝妈交流平台⟧ ⟦a 登录 | 立即注册⟧</div>
<div id="pt">⟦m 论坛 › 孕育天地 › 育儿经验⟧</div>
<div class="ts">⟦t 给新生儿剪指甲的一点经验，新手爸妈可以看看⟧ ⟦m [复制链接]⟧</div>
<div class="authi">⟦m 团团妈咪_0412 发表于 3天前 | 只看该作者 | 楼主⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦m 宝宝快乐长大就好~⟧</div>
<div class="po">⟦l 回复 支持(26) 反对(0)⟧</div>
<div class="fastpost">⟦a 您需要登录后才可以回帖 登录 | 立即注册⟧</div>
<div id="ft">⟦d Powered by Discuz! X3.5 © 2001-2025⟧ ⟦m 椴溪妈妈圈 ( 鄂ICP备2023009911号 )⟧</div>
</body></html>
""",
        body="""
宝宝出生第二周，指甲就长得很快，老是把自己的小脸抓出红印子。
一开始我用大人的指甲剪，手一直抖，根本不敢下手，后来买了专门的婴儿指甲剪，刀口是圆弧形的，还带放大镜片。
我的经验是等宝宝睡熟了再剪，先把指腹往下按，让指甲和肉分开，再一点点剪。
剪完以后用指甲锉把边缘磨平，不然会更容易刮伤。
千万不要用嘴咬，也不要剪得太短，剪到和指尖齐平就可以了。
""",
    ),
    dict(
        slug="blog-clipper-grandpa-workshop-memoir",
        site="榉原旧事 (invented)",
        style="博客",
        genre="散文",
        kind="other",
        form="text",
        source="https://juyuanjiushi.example.blog.com/post/20250322-clipper.html",
        title="外公的指甲剪作坊",
        record_title="外公的指甲剪作坊 | 榉原旧事",
        date="2025-03-22",
        notes="blog: a bracketed post time is the page's date; tags, archive, comments; one memoir mentions a year (1983年) inside a sentence",
        page="""
!m 榉原旧事 — 记下老家的人和事
!m 首页　关于我　归档　留言板
{T}
!m [2025-03-22 21:07]　分类：故乡　阅读(412)　评论(9)
{BODY}
!l 标签：#故乡# #手艺# #老物件#
!l « 上一篇：老街口的修表摊　　下一篇：腊月里的磨刀声 »
!l 最新评论
!l 山那边的风：我家也有一把这样的指甲剪，用了三十年了。
!m 文章归档：2025年3月(4)　2025年2月(6)
""",
        body="""
外公年轻时在镇上的五金社当钳工，1983年五金社解散，他在自家后院搭了个棚子，做起了指甲剪。
那时候没有冲床，刀片是用钢板一块块锉出来的，弹簧片要自己淬火，一天最多做三十把。
我放暑假最喜欢蹲在棚子门口，看他把烧红的刀片丢进油桶里，“嗤”的一声冒起白烟。
外公说，指甲剪好不好，就看两片刀口合上时透不透光。
如今老家的指甲剪厂一家比一家大，外公的棚子早就拆了，可那把他亲手做的指甲剪，我一直带在身边。
""",
    ),
    dict(
        slug="wechat-clipper-elders-home-care-reward",
        site="枫埠养老服务 公众号镜像 (invented)",
        style="公众号镜像",
        genre="工作简报",
        kind="news",
        form="html",
        source="https://mp.weixin.example.qq.com/s/Fb7kQ2nLzYx0pA",
        title="每周三的“修甲日”：给老人剪指甲也是一门学问",
        record_title="每周三的“修甲日”：给老人剪指甲也是一门学问",
        date="2025-05-07",
        notes="WeChat mirror: account line with date (the page's date), follow prompt, reward and 在看 rows, 阅读原文; the document itself asks readers to 关注 the account's volunteer column (kept)",
        page="""
<html><head><meta charset="utf-8"><title>每周三的“修甲日”：给老人剪指甲也是一门学问</title></head><body>
<div class="rich_media">
<h1>⟦t 每周三的“修甲日”：给老人剪指甲也是一门学问⟧</h1>
<div class="meta">⟦m 枫埠颐养中心 枫埠养老服务 2025-05-07 17:30 发表于湖南⟧</div>
<p>⟦a 点击上方蓝字“枫埠养老服务”，关注我们⟧</p>
{BODY}
<p>⟦m 文字｜社工部 胡晴　图片｜护理部⟧</p>
<div class="reward">⟦a 喜欢作者 赞赏⟧</div>
<div class="tool">⟦a 阅读原文⟧ ⟦l 分享 收藏 点赞 在看⟧</div>
<div class="qr">⟦a 长按识别二维码 关注更多养老资讯⟧</div>
</div></body></html>
""",
        body="""
每周三上午，颐养中心的活动室里总是特别热闹，这是中心固定的“修甲日”。
高龄老人指甲往往增厚变硬，有的还有灰指甲，普通指甲剪很难剪动，家属也不敢下手。
护理员会先用温水给老人泡手泡脚十五分钟，再换用斜口指甲钳，一点点修剪，最后用锉刀打磨。
对患有糖尿病的老人，护理员剪得格外小心，发现甲沟红肿就及时报告医生。
截至目前，“修甲日”已服务老人两千三百余人次。
欢迎爱心人士关注本号“志愿服务”栏目，报名加入修甲志愿者队伍。
""",
    ),
    dict(
        slug="docshare-clipper-factory-safety-rules",
        site="共享文档站 (invented)",
        style="文档分享",
        genre="制度",
        kind="rule",
        form="text",
        source="https://www.gxwdz.example.com/doc/5521907.html",
        title="指甲剪冲压车间安全操作规程",
        record_title="指甲剪冲压车间安全操作规程.docx",
        date=None,
        notes="file-name title; a rule whose article speaks of 打印/张贴 (kept); no date (effective date only in an article); points and upload notice",
        page="""
!m 共享文档站 · 文档详情
!t 指甲剪冲压车间安全操作规程.docx
!m 分享者：五金人老吴　　上传于 2024-11-02　　大小 38KB
!a ⬇ 下载（需 3 个下载券）
{BODY}
!d 声明：文档为网友分享，版权归原作者所有，若侵犯您的权益请联系平台删除。
!l 猜你喜欢：冲床操作工安全培训考试题　/　五金车间5S管理制度
""",
        body="""
第一条　为保障冲压车间作业安全，防止机械伤害事故，制定本规程。
第二条　操作人员必须经培训考核合格后方可上岗，上岗时应穿戴工作服、防护手套和防护眼镜。
第三条　开机前应检查离合器、制动器及安全光栅是否灵敏可靠，严禁在光栅失效时作业。
第四条　送料时必须使用专用夹钳，严禁将手伸入模具区域。
第五条　本规程由车间打印后张贴于每台冲床旁，班组长每日班前宣读一次。
第六条　本规程自发布之日起施行。
""",
    ),
    dict(
        slug="edu-clipper-lesson-plan-grade-two",
        site="桦浦区教育网 (invented)",
        style="教育门户",
        genre="教案",
        kind="other",
        form="text",
        source="http://jy.huapu.example.gov.cn/jxzy/2025/0226/3310.html",
        title="二年级劳动课《我会剪指甲》教学设计",
        record_title="二年级劳动课《我会剪指甲》教学设计_教学资源_桦浦区教育网",
        date="2025-02-26",
        notes="education portal: 发布时间 byline is the page's date; a numbered list and a steps table kept; upload teacher line",
        page="""
!m 桦浦区教育网
!m 首页 >> 教学资源 >> 小学劳动
{T}
!m 作者：桦浦区实验小学 柴晓梦　　发布时间：2025-02-26　　浏览：306次
!a 【大 中 小】　【打印此页】
{BODY}
!l ◎ 上一条：三年级劳动课《整理书包》教学设计
!l ◎ 下一条：一年级劳动课《系鞋带》教学设计
!m 桦浦区教育局主办　技术支持：区教育信息中心
""",
        body="""
一、教学目标
1.知道指甲过长容易藏污纳垢，养成定期修剪指甲的习惯。
2.学会正确使用指甲剪，能在家长陪同下为自己修剪手指甲。
二、教学准备
儿童圆头指甲剪每组一把，湿巾，垃圾袋。
三、教学过程
步骤　活动内容　时长
导入　观看显微镜下的指甲缝图片　3分钟
示范　教师演示握剪和修剪方法　8分钟
练习　同桌互相检查，分组练习　20分钟
四、课后延伸
请同学们回家后在家长陪同下剪一次指甲，并请家长在劳动记录卡上签字。
""",
    ),
    dict(
        slug="intranet-clipper-plating-rework-minutes",
        site="华刃五金OA (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.huaren.example.local/doc/view?id=20250612007",
        title="关于指甲剪镀层返工问题的专题会议纪要",
        record_title="内部公文-关于指甲剪镀层返工问题的专题会议纪要",
        date="2025-06-12",
        notes="intranet document view: unread list, 流转记录 and read count; minutes' 时间/地点/主持/参会/记录 lines and a rework table kept",
        page="""
<html><head><meta charset="utf-8"><title>内部公文-关于指甲剪镀层返工问题的专题会议纪要</title></head><body>
<div class="top">⟦m 华刃五金协同办公平台⟧ ⟦m 当前用户：质量部 王锦⟧ ⟦a 退出⟧</div>
<div class="menu">⟦m 待办(4)　已办　公文管理　会议管理　通讯录⟧</div>
<h2>⟦t 关于指甲剪镀层返工问题的专题会议纪要⟧</h2>
<div class="docinfo">⟦m 拟稿：生产部　密级：内部　阅读次数：57⟧</div>
{BODY}
<div class="flow"><h4>⟦l 流转记录⟧</h4>
<p>⟦l 2025-06-12 16:20 生产部 吴浩 起草⟧</p><p>⟦l 2025-06-13 09:05 总经理 卢振东 已阅⟧</p></div>
<div class="foot">⟦d 本系统仅限公司内部使用，严禁截屏外传⟧</div>
</body></html>
""",
        body="""
时间：2025年6月12日下午2时
地点：公司三楼会议室
主持：卢振东
参会：生产部、质量部、采购部、电镀车间负责人
记录：吴浩
会议听取了质量部关于五月份镀层返工情况的汇报，分析了原因，明确了整改措施。
批次　返工数量（把）　主要问题
HR2505-03　4200　镀层起泡
HR2505-11　1800　镀层发花
一、电镀车间要严格控制镀液温度和电流密度，每班记录不少于两次。
二、采购部要更换前处理除油剂供应商，六月底前完成比对试验。
三、质量部要增加镀层附着力抽检频次，每批必检。
""",
    ),
    dict(
        slug="qa-clipper-ingrown-nail-answer",
        site="问医堂 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wenyitang.example.com/question/7781023.html",
        title="脚趾甲老是往肉里长，剪指甲时该怎么剪？",
        record_title=None,
        date="2025-04-03",
        notes="Q&A: title missing from the record, a question heading on the page; expert card; 回答于 line is the page's date; vote bar",
        page="""
!m 问医堂 · 有问题问医生
!m 首页 > 皮肤科 > 甲病
脚趾甲老是往肉里长，剪指甲时该怎么剪？
!m 提问者：匿名　　2025-04-01 提问　　148人看过
!m 郝子岚　主治医师　枳城县人民医院 皮肤科　已回答 1932 个问题
!m 回答于 2025-04-03
{BODY}
!l 有用 (57)　没用 (2)　　追问
!d 以上内容仅供参考，不能代替医生面诊，如有不适请及时就医。
!l 相关问题：甲沟炎反复发作要拔甲吗？｜灰指甲会传染家人吗？
""",
        body="""
您好，这种情况多半是嵌甲，和剪指甲的方法关系很大。
很多人习惯把趾甲两侧剪成圆弧形，甚至把角挖掉，这样趾甲长出来时两边就会扎进肉里。
正确的剪法是把趾甲剪成平直的一字形，两侧的角保留，长度和趾尖平齐即可。
平时要穿宽松的鞋子，避免趾甲长期受挤压。
如果已经出现红肿、流脓，说明合并了甲沟炎，建议到正规医院皮肤科或甲病门诊处理，不要自己用指甲剪去挖。
""",
    ),
    dict(
        slug="collection-clipper-retired-tester-essay",
        site="楸水文集 (invented)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="html",
        source="https://www.qiushuiwenji.example.cn/juan2/58.html",
        title="我检了三十年指甲剪",
        record_title="《楸水文集》卷二·第58篇｜我检了三十年指甲剪",
        date=None,
        notes="personal collection reader: 卷/篇 navigation, reading settings; 写于 year only (no date); copyright notice",
        page="""
<html><head><meta charset="utf-8"><title>《楸水文集》卷二·第58篇｜我检了三十年指甲剪</title></head><body>
<div class="head">⟦m 楸水文集 · 一个老质检员的笔记⟧</div>
<div class="set">⟦a 护眼模式　字号 14 16 18　目录⟧</div>
<h1>⟦t 我检了三十年指甲剪⟧</h1>
<div class="by">⟦m 卷二 · 行当旧话　作者：韦楸水⟧</div>
{BODY}
<p class="end">写于二〇二四年冬</p>
<div class="nav">⟦l ← 第57篇 磨刀石的来历⟧ ⟦l 第59篇 老厂房的钟 →⟧</div>
<div class="foot">⟦d 文集内容为作者原创，转载须征得作者同意⟧</div>
</body></html>
""",
        body="""
一九九四年我进厂当质检员，第一天师傅递给我一沓白纸，说检指甲剪先检纸。
原来，合格的指甲剪要能把薄纸干净利落地剪断，不拉丝，不夹纸。
后来有了硬度计、拉力机，可我还是习惯先拿纸试一试，手上的感觉骗不了人。
三十年里，我经手的指甲剪少说也有上百万把，挑出来的次品装满了两间库房。
现在退休了，厂里的年轻人用上了视觉检测仪，一秒钟能看十把，我很替他们高兴。
""",
    ),
]
