"""holdout68, part D: willow weaving and tie-dye (柳编、扎染) — a hobbyist's blog, a willow
co-op, an industry survey, a school labour course, a dye workshop's wastewater request, a
fading Q&A, an old weaver's memoir, a Party lecture, a dye-allergy tip, a college
workshop, a festival traffic notice and a lesson plan. Invented text; see ../README.md and
../build.py."""

CASES = [
    dict(
        slug="blog-lanran-tiedye-hobby-wordpress-html",
        site="蓝染小记 (invented)",
        style="博客",
        genre="随笔",
        kind="essay",
        form="html",
        source="https://lanranxiaoji.example.net/2025/06/03/first-indigo-vat/",
        title="我的第一缸蓝靛",
        record_title="我的第一缸蓝靛 – 蓝染小记",
        date="2025-06-03",
        notes="WordPress-like blog: 发表于 date line, tag cloud, archive, comment form, 'powered by' footer; the essay's own sentence about sharing photos kept",
        page="""
<!DOCTYPE html><html><head><meta charset="UTF-8"><title>我的第一缸蓝靛 – 蓝染小记</title><script>window._wpemojiSettings={};</script></head><body>
<header><p class="site-title">⟦m 蓝染小记⟧</p><p class="site-description">⟦m 一个扎染爱好者的手作笔记⟧</p></header>
<article><h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 发表于 2025年6月3日　作者 阿蓝　分类：手作日常⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：扎染, 蓝靛, 植物染⟧</footer></article>
<nav>⟦l ← 扎染的五种基础捆扎法⟧　⟦l 晒布的那个下午 →⟧</nav>
<div id="respond">⟦l 发表评论　您的电子邮箱地址不会被公开。⟧</div>
<aside><h3>⟦l 文章归档⟧</h3><ul><li>⟦l 2025年6月⟧</li><li>⟦l 2025年5月⟧</li></ul><h3>⟦l 标签云⟧</h3>⟦l 板蓝根 夹染 缝绞 晒布⟧</aside>
<footer>⟦m 自豪地采用 WordPress⟧</footer>
</body></html>
""",
        body="""
养了半个月的靛缸终于发酵好了，液面浮起一层铜色的“靛花”，闻起来有点像腌菜。
第一块布我用了最简单的夹染，两块木板夹住折好的棉布，浸进缸里五分钟再拿出来氧化。
布从黄绿色慢慢变成蓝色的那一刻，真的像变魔术。
等这批布晒干，我会把照片分享给一起学染布的朋友们。
""",
    ),
    dict(
        slug="wechat-xiangwan-willow-coop-hiring-mirror",
        site="橡湾柳编合作社 公众号镜像 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="text",
        source="https://mp.reader-mirror.example.com/a/xwliubian_0417",
        title="橡湾县柳韵柳编专业合作社招收居家编织工的通知",
        record_title="橡湾县柳韵柳编专业合作社招收居家编织工的通知 | 柳韵柳编",
        date="2025-04-17",
        notes="WeChat mirror in text: account name and location line, a 'star us' prompt, 写留言/阅读原文/在看; the notice's own 报名电话 and 关注 sentence kept",
        page="""
!t 橡湾县柳韵柳编专业合作社招收居家编织工的通知 | 柳韵柳编
!m 柳韵柳编　2025-04-17 18:02　发表于安徽
!a 点击蓝字｜设为星标，第一时间收到推送
{BODY}
!a 阅读原文
!l 写留言
!a 赞　分享　推荐
""",
        body="""
为带动群众居家增收，合作社现招收居家编织工三十名，具体事项通知如下。
一、招收对象：本县十八周岁以上、身体健康的农村妇女和老年人，有编织基础者优先。
二、待遇：合作社免费提供柳条和培训，按件计酬，每月结算一次。
三、报名方式：请到合作社办公室报名，或拨打报名电话0558-7711306，也可以关注本合作社公众号留言报名。
橡湾县柳韵柳编专业合作社
2025年4月17日
""",
    ),
    dict(
        slug="docshare-nanpu-willow-industry-survey-cn-date-html",
        site="南浦文档分享 (invented)",
        style="文档分享",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.nanpudoc.example.com/p-88014521.html",
        title="关于全县柳编产业发展情况的调研报告",
        record_title="【精品】关于全县柳编产业发展情况的调研报告（可编辑）",
        date="2025-05-26",
        notes="document-sharing reader: a data table, upload notice, a 'download this doc' box and a points price; 成文日期 in Chinese numerals",
        page="""
<html><head><meta charset="utf-8"><title>【精品】关于全县柳编产业发展情况的调研报告（可编辑）-南浦文档分享</title></head><body>
<div class="hd">⟦m 南浦文档分享 - 海量文档免费阅读⟧</div>
<div class="bread">⟦m 首页 &gt; 行业资料 &gt; 农业/林业⟧</div>
<h1>⟦t 【精品】关于全县柳编产业发展情况的调研报告（可编辑）⟧</h1>
<div class="info">⟦m 页数：5　大小：56.2KB　下载积分：8⟧</div>
<div class="docview">
{BODY}
</div>
<div class="dl">⟦a 下载本文档（8积分）⟧　⟦a 加入文件夹⟧</div>
<div class="notice">⟦d 南浦文档分享所有资源均由用户上传，平台仅提供信息存储空间服务。⟧</div>
</body></html>
""",
        body="""
为摸清全县柳编产业发展现状，县政协调研组于5月上中旬深入六个乡镇开展了专题调研。
全县现有柳编企业和合作社四十二家，从业人员约一万一千人，主要指标如下：
指标　2023年　2024年
产值（万元）　38600　42100
出口额（万美元）　2150　2480
调研发现，产业存在设计能力弱、年轻编织工少、电商渠道单一等问题。
建议设立柳编产业发展基金，支持企业与高校合作开发新产品。
县政协调研组
二〇二五年五月二十六日
""",
    ),
    dict(
        slug="edu-duanshui-school-tiedye-labour-plan-old-table",
        site="椴水县教育局 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.dsjyj.example.gov.cn/ReadNews.asp?NewsID=3392",
        title="椴水县中小学扎染劳动教育课程实施方案",
        date="2025-02-20",
        notes="old gb2312 ASP table layout: a 字体 row, a hit counter, 'this article's related' list; numbered items and an 附件 list kept",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>椴水县教育局--椴水县中小学扎染劳动教育课程实施方案</title></head><body>
<table width="778" border="0" align="center"><tr><td>⟦m 椴水县教育局　椴水教育信息网⟧</td></tr>
<tr><td>⟦m 首页 | 教育动态 | 通知公告 | 政策法规 | 德育之窗 | 资料下载⟧</td></tr></table>
<table width="778" align="center"><tr><td>
<div align="center"><b>⟦t 椴水县中小学扎染劳动教育课程实施方案⟧</b></div>
<div align="center">⟦m 作者：基教股　来源：本站原创　点击数：352　更新时间：2025-2-20⟧</div>
<div>⟦a 【字体：小 大】⟧</div>
{BODY}
<div>⟦l 相关文章：椴水县劳动教育清单（小学版）⟧</div>
</td></tr></table>
<table width="778" align="center"><tr><td>⟦m 版权所有：椴水县教育局　技术维护：县电教站⟧</td></tr></table>
</body></html>
""",
        body="""
为落实劳动教育要求，传承本地扎染技艺，制定本方案。
1.课程对象：全县小学四至六年级和初中一年级学生。
2.课时安排：每学期不少于八课时，由学校统筹安排在劳动课中实施。
3.师资培训：县教研室每年组织一次扎染技艺教师培训，邀请非遗传承人授课。
附件：1.扎染劳动课程教学指南
2.学生扎染作品评价表
椴水县教育局
2025年2月20日
""",
    ),
    dict(
        slug="oa-jiuling-dye-workshop-wastewater-request",
        site="桕岭青禾扎染有限公司 OA (invented)",
        style="企业内网",
        genre="请示",
        kind="request",
        form="text",
        source="http://oa.qinghe-zr.example.local/flow/view.jsp?fid=2025-0087",
        title="关于购置染色废水处理设备的请示",
        record_title="关于购置染色废水处理设备的请示.wps",
        date="2025-03-27",
        notes="an OA export in text: flow number, 办理意见 trail and export stamp (no date); a file-name title; the request's own budget table kept",
        page="""
!m 青禾扎染协同办公　　流程编号：CG-2025-0087
!t 关于购置染色废水处理设备的请示.wps
!m 紧急程度：一般　　拟稿人：周楠　　所属部门：生产部
{BODY}
!l 【办理意见】
!l 生产部经理：情况属实，请领导审批。（2025-03-27）
!l 总经理：同意购置，由财务部安排资金。（2025-03-28）
!m 导出人：admin　导出时间：2025-04-01 16:40
""",
        body="""
公司领导：
根据县生态环境局检查意见，我公司染色车间废水处理能力不足，需新增一套废水处理设备。
经询价比较，设备预算如下：
项目　金额（万元）
絮凝沉淀设备　18.6
安装调试　2.4
妥否，请批示。
生产部
2025年3月27日
""",
    ),
    dict(
        slug="qa-qiaowen-tiedye-fading-best-answer-html",
        site="巧问问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="html",
        source="https://www.qiaowen.example.com/question/5521087.html",
        title="扎染的布洗了就掉色怎么办？",
        record_title=None,
        date=None,
        notes="Q&A page: question as the title, best-answer badge, 回答于 relative time, vote counts and similar questions; no date",
        page="""
<html><head><meta charset="utf-8"><title>扎染的布洗了就掉色怎么办？_巧问问答</title></head><body>
<div class="top">⟦m 巧问问答⟧　⟦a 登录 / 注册⟧　⟦a 我要提问⟧</div>
<div class="q"><h1>{T}</h1><div>⟦m 3个回答　1,507人浏览⟧</div></div>
<div class="best"><span>⟦l 最佳答案⟧</span><div class="who">⟦m 染坊三娘　回答于 2个月前⟧</div>
{BODY}
<div class="vote">⟦l 赞同 92　反对 1⟧</div></div>
<div class="similar">⟦l 相似问题：扎染用什么布料最好？⟧<br>⟦l 相似问题：植物染和化学染有什么区别？⟧</div>
<div class="ft">⟦m © 巧问问答 2025⟧</div>
</body></html>
""",
        body="""
新染的布掉浮色是正常的，关键是固色要做好。
染完后先用清水反复冲洗，直到水基本不带颜色，再放入淡盐水或专用固色剂里浸泡二十分钟。
以后洗的时候用冷水手洗，不要暴晒，也不要和浅色衣物一起洗。
如果是植物染，颜色会随时间慢慢变浅，这是它的特点。
""",
    ),
    dict(
        slug="anthology-chengxi-old-weaver-memoir-chapter",
        site="杻城文存 (invented)",
        style="个人文集",
        genre="随笔",
        kind="essay",
        form="text",
        source="http://www.niuchengwencun.example.org/laotian/juan3/07.html",
        title="编了一辈子柳筐的二舅",
        record_title="《柳荫文稿》卷三·第七篇｜编了一辈子柳筐的二舅",
        date=None,
        notes="a collection chapter: decorated title, chapter nav, a 'comments closed' line and reading count; an undated memoir with a year in the text",
        page="""
!m 杻城文存 › 田老师文集 › 《柳荫文稿》卷三
!t 《柳荫文稿》卷三·第七篇｜编了一辈子柳筐的二舅
!m 阅读 311 · 收录于卷三
{BODY}
!l 上一篇：河滩上的柳条　|　下一篇：赶集
!l 本文评论已关闭
!d 版权所有 · 转载须注明作者与出处
""",
        body="""
二舅十二岁开始学编柳筐，一直编到七十八岁，手上的老茧比柳条还硬。
一九八〇年前后，他编的柳筐能卖到外县，一个筐换两斤白面，那是他最得意的日子。
后来塑料筐多了，买柳筐的人越来越少，他还是每天坐在院子里编，说手闲下来心就慌。
如今县里办起了柳编厂，他的徒弟编的花篮卖到了国外，二舅听说后笑了好几天。
""",
    ),
    dict(
        slug="dangjian-shuiting-willow-party-lecture-cn-date",
        site="水汀镇党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://dj.shuiting.example.gov.cn/dkjt/2025/0701/72.html",
        title="在柳编产业党建联盟“七一”专题党课上的讲话",
        record_title="党课讲堂｜在柳编产业党建联盟“七一”专题党课上的讲话",
        date="2025-07-01",
        notes="township Party-building page: the speaker line and a Chinese-numeral date under the title (neutral); a 扫码学习 prompt, a share row and a related list",
        page="""
!m 水汀镇党建网　　党建引领　乡村振兴
!m 首页 › 党课讲堂
!t 党课讲堂｜在柳编产业党建联盟“七一”专题党课上的讲话
镇党委书记　蔡晓东
（二〇二五年七月一日）
!a 扫码用手机学习本课
{BODY}
!l 分享到：朋友圈 ｜ 学习群
!l 往期党课：如何当好新时代农村党员
!m 中共水汀镇委员会主办
""",
        body="""
同志们：
今天，我们在柳编产业党建联盟成立后的第一个“七一”，一起上一堂专题党课。
全镇柳编产业从业人员超过三千人，产业党建联盟把八个村党支部和五家企业党组织联结在一起。
希望每一名党员都能带头学技术、带头闯市场，带动身边群众增收致富。
""",
    ),
    dict(
        slug="hospital-lizhou-derma-dye-allergy-tip-html",
        site="栎州市第二人民医院 (invented)",
        style="医院官网",
        genre="科普",
        kind="article",
        form="html",
        source="https://www.lzey.example.com.cn/kpzs/2025/0710/1308.html",
        title="玩扎染也要当心染料过敏",
        record_title="玩扎染也要当心染料过敏_栎州市第二人民医院",
        date="2025-07-10",
        notes="hospital page: floating consult box, the department's own 咨询电话 in the body next to the hospital's 预约挂号 line and 24-hour line; 发布日期 byline",
        page="""
<html><head><meta charset="utf-8"><title>玩扎染也要当心染料过敏_栎州市第二人民医院</title></head><body>
<div class="header">⟦m 栎州市第二人民医院⟧<span>⟦m 预约挂号：0757-8633120⟧</span></div>
<div class="nav">⟦m 首页　医院概况　科室介绍　专家团队　健康科普　患者服务⟧</div>
<div class="pos">⟦m 首页 &gt; 健康科普⟧</div>
<h2>⟦t 玩扎染也要当心染料过敏⟧</h2>
<div class="sub">⟦m 发布日期：2025-07-10　科室：皮肤科　浏览：509⟧</div>
{BODY}
<div id="float">⟦w 在线咨询⟧　⟦w 微信预约⟧</div>
<div class="foot">⟦m 24小时服务热线：0757-8633999　地址：栎州市滨江路201号⟧</div>
</body></html>
""",
        body="""
暑假期间，扎染手作成为不少亲子家庭的热门活动，皮肤科门诊近期接诊了多名因接触染料引起皮炎的患者。
部分化学染料和固色剂含有致敏成分，皮肤接触后可能出现红斑、瘙痒甚至水疱。
医生提醒，染布时请佩戴手套，染后及时用清水洗手，出现不适应尽快就医。
皮肤科咨询电话：0757-8633246。
""",
    ),
    dict(
        slug="university-juxi-art-tiedye-workshop-news",
        site="榉溪师范学院 美术学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://msxy.jxsf.example.edu.cn/info/1035/2281.htm",
        title="美术学院举办“蓝白之间”扎染工作坊成果展",
        record_title="美术学院举办“蓝白之间”扎染工作坊成果展-美术学院",
        date="2025-12-09",
        notes="college news page: a 发布时间 and 点击 line, a photo caption line between paragraphs, a 'close window' button and the college footer",
        page="""
!m 榉溪师范学院美术学院　　学院首页｜学院概况｜学院新闻｜教学科研
!m 当前位置：学院首页 >> 学院新闻 >> 正文
{T}
!m 发布时间：2025-12-09　文：王一禾　图：林溪　点击：[ 611 ]
{BODY}
!a 【关闭窗口】
!m 地址：榉溪市学府大道99号　邮编：324000
""",
        body="""
12月8日，美术学院“蓝白之间”扎染工作坊成果展在学院展厅开幕。
本次展览展出学生作品八十余件，包括服饰、围巾、壁挂等多种形式。
⟦m 图为观众在展厅参观扎染作品。⟧
工作坊由学院邀请的扎染非遗传承人与专业教师共同指导，历时一个学期。
展览将持续至12月20日，免费向校内外观众开放。
""",
    ),
    dict(
        slug="localforum-shuiting-willow-festival-traffic-junk",
        site="水汀生活网论坛 (invented)",
        style="地方论坛",
        genre="通告",
        kind="notice",
        form="text",
        source="http://bbs.shuitinglife.example.com/thread-44107-1-1.html",
        title="关于第三届柳编文化节期间实行交通管制的通告",
        record_title="[转] 关于第三届柳编文化节期间实行交通管制的通告 - 水汀生活网",
        date="2025-09-15",
        date_also=["2025-09-16"],
        notes="a township forum with junk lines and glued junk; a detour table; the post date differs from the 通告's date (both accepted)",
        junk=dict(lines=2, glued=1),
        page="""
!m 水汀生活网 » 水汀茶馆 » 正文
!t [转] 关于第三届柳编文化节期间实行交通管制的通告
!m 水汀阿强　发表于 2025-9-16 07:31
{BODY}
!l 顶一下(8)　踩一下(0)
!l 最新回复：楼主辛苦，收藏了　|　那两天绕路吧
!a 快速回复：请先登录
""",
        body="""
第三届柳编文化节将于9月20日至21日在水汀镇举办，为确保活动安全有序，决定实行临时交通管制。
一、管制时间：9月20日至21日每日8时至18时。
二、管制路段及绕行路线：
管制路段　绕行路线
柳园路　经新河路绕行
文化街　经镇南路绕行
三、请过往车辆服从现场交警指挥。
橡湾县公安局交通管理大队
2025年9月15日
""",
    ),
    dict(
        slug="download-zhishu-willow-lesson-plan-doc",
        site="智书资料网 (invented)",
        style="资料下载站",
        genre="教案",
        kind="lesson",
        form="text",
        source="http://www.zhishuzl.example.com/jiaoan/meishu/61220.html",
        title="《编织小柳篮》教学设计",
        record_title="《编织小柳篮》教学设计.doc下载",
        date=None,
        notes="a download page in text: file facts, a points price, download buttons, a 'please unzip with' line; a lesson plan with numbered steps and no date",
        page="""
!m 智书资料网 > 教案下载 > 小学美术
!t 《编织小柳篮》教学设计.doc下载
!m 资料大小：1.3MB　资料格式：doc　上传日期：3天前　所需点数：2点
{BODY}
!a 立即下载　｜　加入收藏夹
!d 温馨提示：本站资料均为会员上传，若侵犯了您的权益，请联系站长删除。
""",
        body="""
教学目标：了解本地柳编工艺，学会用“挑一压一”的方法编织小柳篮。
教学重点：掌握经条与纬条交替穿插的编织方法。
教学过程：
1.欣赏导入：出示柳筐、柳篮等实物，请学生说一说它们的用途。
2.示范讲解：教师演示起底、编身、收口三个步骤。
3.学生练习：同桌合作，用浸泡过的柳条完成一只小柳篮。
4.展示评价：学生展示作品，互相评一评。
""",
    ),
]
