"""holdout188, part G: more pages of the older kinds of site. Invented text."""

CASES = [
    dict(
        slug="gov-shuilan-text-report-staffing-audit",
        site="水岚县人民政府 (invented)",
        style="政府门户",
        genre="工作报告",
        kind="report",
        form="text",
        source="http://www.shuilan.gov.cn/xxgk/bmxx/2024/1118/5521.html",
        title="水岚县2024年事业单位编制核查情况的报告",
        record_title="水岚县2024年事业单位编制核查情况的报告_部门信息_水岚县人民政府",
        date="2024-11-15",
        notes="text extracted from a portal with a PDF preview: markers ⟬n⟭ glued or not; decimal headings kept",
        page="""
!m 水岚县人民政府 > 信息公开 > 部门信息
!m 信息来源：县委编办　　发布日期：2024-11-18　　【字号 大 中 小】
{T}
{BODY}
!a 【打印正文】　【关闭本页】
!m 水岚县人民政府办公室主办　网站标识码：3507250001
""",
        date_also=["2024-11-18"],
        indent="\u3000\u3000",
        pages=dict(fmt="⟬{n}⟭", every=90, start=2, glue="mix"),
        body="""
县委机构编制委员会：
按照上级部署，县委编办于9月至10月对全县156家事业单位开展了编制核查，现将情况报告如下。
1.核查结果
1.1 全县事业编制核定数5126名，实有在编人员4873名，空编253名。
1.2 发现超编单位2家、混岗使用人员5名，已全部督促整改。
2.下步工作
2.1 建立编制动态调整机制，每年向教育、卫生一线调剂编制不少于50名。
2.2 将编制核查结果作为年度机构编制评估的重要依据。
中共水岚县委机构编制委员会办公室
2024年11月15日
""",
    ),
    dict(
        slug="news-binhai-html-news-broccoli-harvest",
        site="滨海新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.binhainews.cn/bd/202412/t20241203_661208.html",
        title="滨海万亩西兰花进入采收期 日销往外省百余吨",
        record_title="滨海万亩西兰花进入采收期 日销往外省百余吨",
        record_date="2024-12-03",
        date="2024-12-03",
        notes="news template; video prompt glued after a sentence; share bar; hot list",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>滨海万亩西兰花进入采收期 日销往外省百余吨_本地新闻_滨海新闻网</title></head>
<body>
<div class="masthead">⟦m 滨海新闻网 · 看滨海，上滨海网⟧</div>
<div class="chan">⟦l 首页 本地 经济 民生 视频 专题⟧</div>
<h1>{T}</h1>
<div class="byline">⟦m 2024-12-03 08:02 来源：滨海日报 记者：郑一帆⟧</div>
{BODY}
<div class="share">⟦l 分享至：朋友圈 微博 复制链接⟧</div>
<div class="rank">⟦l 点击排行 1.滨海高铁站改造完工 2.冬季供暖今起全面启动⟧</div>
<div class="ft">⟦d 滨海新闻网所刊载内容之知识产权为滨海日报社所有⟧</div>
</body></html>
""",
        body="""
12月2日清晨，滨海县东滩镇西兰花基地里，采收工人正忙着割花、装箱。⟦a ▶ 点击观看采收现场视频⟧今年全县西兰花种植面积达1.2万亩，较去年增加三成。
“今年价格不错，一亩地能收入四千多元。”种植户叶大山说。
据县农业农村局介绍，采收期将持续到明年3月，产品主要销往上海、江苏等地，每天外运量超过100吨。
""",
    ),
    dict(
        slug="fanwen-haobi-text-oneline-pledge-phone-repair",
        site="好笔头范文网 (invented)",
        style="范文站",
        genre="承诺书",
        kind="pledge",
        form="text",
        source="http://www.haobitou.cc/chengnuo/10832.html",
        title="手机维修店诚信经营承诺书",
        record_title="手机维修店诚信经营承诺书（通用5篇）",
        date=None,
        notes="one-line body after the title; template placeholders (no date)",
        page="""
!m 好笔头范文网 → 承诺书 → 诚信承诺书
!t 手机维修店诚信经营承诺书（通用5篇）
!m 更新：3天前　热度：788
{T}
{BODY}
!a 第2篇～第5篇请登录后查看
!w 写作遇到难题？好笔头写手在线帮你，VX：haobitou_99
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
为维护消费者合法权益，本店郑重承诺：
一、明码标价，先报价后维修，不乱收费。
二、更换配件须经顾客同意，旧件当面交还。
三、不查看、不复制顾客手机中的个人信息。
承诺人（盖章）：××××
××××年××月××日
""",
    ),
    dict(
        slug="wenku-qingzhu-text-summary-xiangqi-school",
        site="青竹文库 (invented)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.qingzhuwk.com/p-33810276.html",
        title="少儿象棋进校园活动总结",
        record_title="少儿象棋进校园活动总结 - 青竹文库",
        date="2024-06-28",
        notes="wrapped preview text with glued markers ‹n›; pay prompt after body",
        page="""
!m 青竹文库　首页 > 教育资料 > 活动总结
{T}
!m 贡献者：qz_84521　日期：2024-07-15　3页　免费
{BODY}
!a 下载本文需消耗2积分，开通会员免积分
!d 青竹文库为文档分享平台，不拥有文档版权。
""",
        indent="\u3000\u3000",
        wrap=56,
        pages=dict(fmt="‹{n}›", every=120, start=2, glue=True),
        body="""
本学期，我校与市象棋协会合作开展少儿象棋进校园活动，在三、四年级开设象棋社团课，每周一节，参与学生212人。
活动期间，协会派出三名教练驻校授课，学校组织了一次校内象棋比赛，评出“小棋王”8名。
通过活动，学生的专注力和规则意识明显增强，家长反响良好。下学期，我们将把社团课扩展到五年级。
城东小学
2024年6月28日
""",
    ),
    dict(
        slug="wechat-mirror-text-news-polo-club",
        site="公号存档 (invented)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="text",
        source="https://gzh-archive.cn/a/20240520/ynmq.html",
        title="马球俱乐部开展青少年公益体验日活动",
        record_title="马球俱乐部开展青少年公益体验日活动",
        date="2024-05-20",
        notes="mirror of an account post; read-original and like prompts; account date line",
        page="""
!m 那日松马球俱乐部　2024年5月20日 18:06
{T}
{BODY}
!a 阅读原文　·　赞 · 在看
!l 推荐阅读｜马球入门：握杆与击球
!d 存档页面仅供个人阅读，不代表原公众号立场
""",
        body="""
5月19日，俱乐部举办青少年公益体验日活动，来自县城各小学的40名学生走进马场。
教练为孩子们讲解马匹习性和安全知识，并在工作人员牵引下让孩子们体验骑乘和木马击球。
俱乐部计划每月举办一次公益体验日，欢迎家长报名。
""",
    ),
    dict(
        slug="forum-lanyu-text-summary-plumbers-volunteer",
        site="岚屿家园论坛 (invented)",
        style="论坛",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://bbs.lanyujy.com/t/58127",
        title="水电维修志愿服务队半年工作小结",
        record_title="水电维修志愿服务队半年工作小结",
        date="2024-07-06",
        notes="forum post; quote box from a reply; edited-by stamp; junk",
        page="""
!m 岚屿家园论坛 » 志愿者之家 » 帖子
!m 【楼主】修水管的老陈　于 2024-07-06 20:11 发表
{T}
{BODY}
!m 本帖最后由 修水管的老陈 于 2024-07-07 09:30 编辑
!l 引用 3楼 小溪流：为你们点赞！
!a 回复　　引用　　收藏
""",
        junk=dict(lines=1, glued=1),
        body="""
今年上半年，我们水电维修志愿服务队共上门服务112次，主要为小区独居老人更换水龙头、疏通下水道、检修线路。
队伍现有队员23人，都是退休的水电工和物业师傅。服务一律免费，只收取必要的材料成本。
下半年，我们打算和社区合作，每月固定一天在小区广场集中服务。
""",
    ),
    dict(
        slug="blog-yexing-html-insight-ramie-weaving",
        site="夜行者的手作日志 (invented blog)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="html",
        source="https://yexingzhe.blog-cn.com/2024/08/ramie-weaving.html",
        title="跟着苎麻织布老人学艺一周",
        record_title="跟着苎麻织布老人学艺一周 - 夜行者的手作日志",
        date="2024-08-24",
        notes="blog template: archive, tag cloud, comment count; date in the post header",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>跟着苎麻织布老人学艺一周 - 夜行者的手作日志</title></head>
<body>
<header>⟦m 夜行者的手作日志 — 慢慢做，慢慢活⟧</header>
<article>
<h1>{T}</h1>
<time>⟦m 2024年8月24日 · 手作 · 5 条留言⟧</time>
{BODY}
<div class="tags">⟦l #苎麻 #夏布 #手作⟧</div>
</article>
<aside>⟦l 近期文章 · 给旧竹篮刷一层桐油 · 草木染的三次失败⟧ ⟦l 归档 2024年8月 2024年7月⟧</aside>
<footer>⟦m © 夜行者 · 本站采用 WordPress 搭建⟧</footer>
</body></html>
""",
        body="""
暑假最后一周，我去柘水乡下跟着一位七十多岁的老奶奶学织苎麻布。
从绩麻开始就不容易。要把麻丝一根根捻接起来，一上午也只能绩出一小团。
老奶奶说，一匹夏布从剥麻到下机，要一个多月。现在村里会织的人不到十个了。
回来以后，我把学到的步骤都记了下来，希望有更多人知道这门手艺。
""",
    ),
    dict(
        slug="qa-dawen-text-answer-women-federation-help",
        site="答问网 (invented)",
        style="问答社区",
        genre="回答",
        kind="answer",
        form="text",
        source="https://www.dawen.cn/q/6601923",
        title="遭遇家庭暴力可以向妇联求助吗？",
        record_title="遭遇家庭暴力可以向妇联求助吗？ - 答问网",
        date="2024-05-13",
        notes="answer date is the page's date; 12338 hotline is part of the answer (kept); site app prompt",
        page="""
!m 答问网 · 生活 · 婚姻家庭
{T}
!m 答主：妇联工作者小周　|　2024-05-13 回答　|　获赞 233
{BODY}
!l 赞同　收藏　评论 17
!a 打开答问APP，查看更多回答
""",
        body="""
可以。妇联是维护妇女合法权益的群团组织，遭遇家庭暴力可以向当地妇联求助。
可以拨打妇女维权公益服务热线12338，也可以直接到县妇联或乡镇妇联反映情况，妇联会提供心理疏导、法律咨询，并协助申请人身安全保护令。
情况紧急时，请第一时间拨打110报警。
""",
    ),
    dict(
        slug="corp-hengtai-text-news-biscuit-line",
        site="恒泰食品官网 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.hengtaifood.com/news/2024/0305.html",
        title="恒泰食品新饼干生产线正式投产",
        record_title=None,
        date="2024-03-05",
        notes="title missing from record (found on page); company news with contact ad glued",
        page="""
!m 恒泰食品 · 用心做好每一块饼干
!m 首页 ＞ 新闻中心 ＞ 企业动态
{T}
!m 时间：2024-03-05　　作者：品牌部
{BODY}
!w 招商加盟热线：139 5813 0062（陈经理）
!m Copyright 2024 恒泰食品有限公司
""",
        body="""
3月4日，恒泰食品新建的全自动饼干生产线正式投产。该生产线投资3200万元，年产能1.5万吨，可生产苏打、薄脆等六个系列产品。
新生产线实现了从和面到包装的全程自动化，用工减少四成。⟦w 经销商合作请点右侧在线留言⟧
公司负责人表示，新生产线投产后，公司年产值预计增加1.2亿元。
""",
    ),
    dict(
        slug="hospital-huaiyuan-html-notice-assistive-devices",
        site="槐园县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.hyxrmyy.com/yygg/2024/1021/775.html",
        title="关于为全县残疾人免费验配辅助器具的通知",
        record_title="关于为全县残疾人免费验配辅助器具的通知",
        date="2024-10-21",
        notes="hospital template; rehabilitation department phone kept beside the switchboard; numbered list",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于为全县残疾人免费验配辅助器具的通知-槐园县人民医院</title></head>
<body>
<div class="top">⟦m 槐园县人民医院⟧ ⟦m 总机：0355-7023120⟧</div>
<div class="nav">⟦l 首页 就医指南 科室介绍 名医风采 院务公开⟧</div>
<div class="pos">⟦m 当前位置：院务公开 > 医院公告⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布时间：2024-10-21　作者：康复医学科⟧</div>
{BODY}
<div class="bot">⟦a 关注医院公众号，掌上挂号更方便⟧</div>
<div class="ft">⟦m 槐园县人民医院 版权所有 晋ICP备15009933号⟧</div>
</body></html>
""",
        body="""
受县残联委托，我院康复医学科将为全县持证残疾人免费验配辅助器具。
1.验配时间：11月4日至11月29日，每周一至周五。
2.验配项目：助听器、助行器、坐便椅等12类。
3.所需材料：残疾人证、身份证原件。
康复医学科咨询电话：0355-7023388。
""",
    ),
]
