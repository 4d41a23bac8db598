"""holdout76, part E: buckwheat (荞麦) growers, buckwheat-noodle makers, a buckwheat-tea company and
a highland co-op. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="exam-nvyuan-buckwheat-station-interview-html",
        site="钕原县人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://rsks.nvyuan.example.gov.cn/tzgg/20250612/1702.html",
        title="钕原县高原特色作物试验站2025年公开招聘工作人员面试公告",
        record_title="钕原县高原特色作物试验站2025年公开招聘工作人员面试公告 - 钕原县人事考试网",
        date="2025-06-12",
        notes="a personnel-exam portal with a floating consult box and the site's technical line; an interview timetable table; the committee's own 咨询电话 kept; a sentence telling candidates to 打印 the 面试通知书 kept",
        page="""
<html><head><meta charset="utf-8"><title>钕原县高原特色作物试验站2025年公开招聘工作人员面试公告 - 钕原县人事考试网</title></head><body>
<div class="hd">⟦m 钕原县人事考试网⟧　⟦m 公平 公正 公开⟧</div>
<div class="nav">⟦m 首页　考试公告　成绩查询　报名入口　政策法规⟧</div>
<div class="loc">⟦m 您的位置：首页 > 考试公告⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 发布日期：2025-06-12　字体：【大】【中】【小】⟧</div>
<div class="cont">
{BODY}
</div>
<div class="float">⟦w 报名系统技术咨询：0736-5801122（工作日）⟧</div>
<div class="ft">⟦m 钕原县人力资源和社会保障局主办⟧</div>
</body></html>
""",
        body="""
根据招聘公告，现将钕原县高原特色作物试验站2025年公开招聘工作人员面试有关事项公告如下。
岗位　面试时间　面试地点
荞麦育种助理　6月21日上午8:30　县委党校二楼
作物栽培技术员　6月21日下午2:30　县委党校二楼
请考生于6月18日起登录本网站自行打印面试通知书，面试当天凭通知书和身份证入场。
咨询电话：0736-5801376（县人社局人事考试股）
钕原县人力资源和社会保障局
2025年6月12日
""",
    ),
    dict(
        slug="tender-shichuan-buckwheat-seed-procurement",
        site="铈川县政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://zfcg.shichuan.example.gov.cn/cggg/2025/0301/55.html",
        title="铈川县2025年荞麦良种统一采购项目公开招标公告",
        record_title=None,
        date="2025-03-01",
        notes="a procurement notice with no record title; the title found under a decorated page header; a lots table; purchaser and agency contacts kept beside the CA helpdesk; a sentence about downloading the bidding documents kept",
        page="""
!m 铈川县政府采购网
!m 首页 > 采购公告 > 公开招标
!t 【招标公告】铈川县2025年荞麦良种统一采购项目公开招标公告
{T}
!m 公告时间：2025-03-01　浏览次数：688
{BODY}
!w 电子标书及CA锁问题请咨询：400-115-2020
!a 【打印】【收藏】【关闭】
!m 铈川县财政局主办　ICP备案：滇ICP备10020391号
""",
        body="""
一、项目编号：SCZC-2025-011
二、采购内容
包号　品种　数量（公斤）　最高限价（万元）
第1包　甜荞良种　60000　72.0
第2包　苦荞良种　40000　52.0
三、获取招标文件：投标人须于3月2日至3月8日登录本网站免费下载招标文件。
四、联系方式：采购人：铈川县农业技术推广中心，联系人：沈工，电话：0878-6220417；代理机构：铈川信诚招标有限公司，联系人：骆女士，电话：0878-6229031。
""",
    ),
    dict(
        slug="lawfirm-lanling-buckwheat-brand-infringement",
        site="镧岭正言律师事务所 (invented)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="text",
        source="https://www.zhengyan-lawyer.example.cn/case/2025-219.html",
        title="擅用“镧岭苦荞”地理标志被判赔偿",
        record_title="擅用“镧岭苦荞”地理标志被判赔偿 | 正言说法",
        date="2025-04-16",
        wrap=64,
        indent="\u3000\u3000",
        notes="a law-firm case note hard-wrapped at 64 columns; a 'free consultation' prompt and a not-legal-advice notice; the lawyer's byline date",
        page="""
!m 镧岭正言律师事务所 · 知识产权团队
!m 首页 > 正言说法 > 知识产权
!t 擅用“镧岭苦荞”地理标志被判赔偿 | 正言说法
!m 作者：庞立新律师　2025-04-16
{BODY}
!w 遇到商标、地理标志纠纷？致电 0878-3311207 预约律师面谈
!d 以上内容仅供参考，不视为本所正式法律意见。
!l 上一篇：农产品电商的广告用语合规
""",
        body="""
某食品公司未经许可，在其生产的荞麦茶包装上标注“镧岭苦荞”字样，而其原料并非产自镧岭县。镧岭县苦荞协会作为地理标志证明商标的注册人，诉至法院。
法院认为，该公司的行为容易使消费者误认商品产地，构成商标侵权，判决其停止侵权并赔偿经济损失12万元。
本案提醒经营者：地理标志不是通用名称，使用前须取得注册人许可。
""",
    ),
    dict(
        slug="community-youxi-buckwheat-noodle-festival",
        site="铕溪社区服务网 (invented)",
        style="社区网站",
        genre="活动方案",
        kind="plan",
        form="text",
        source="http://www.youxi-sq.example.cn/hdyg/2025/0920.html",
        title="铕溪社区“邻里荞面节”活动方案",
        record_title="铕溪社区“邻里荞面节”活动方案",
        date="2025-09-20",
        indent="\u3000\u3000",
        notes="a residents' site: a weather line and a property-service phone; the plan's schedule table; the plan's own 联系人 kept beside the property hotline; a sentence asking residents to 关注 the community account kept",
        page="""
!m 铕溪社区服务网　　多云 15～24℃
!m 首页 / 社区活动 / 活动预告
{T}
!m 发布：社区党群服务中心　2025-09-20
{BODY}
!w 物业24小时服务电话：0878-2316600
!l 往期活动：中秋邻里诗会　　重阳敬老宴
""",
        body="""
为增进邻里感情，传承本地荞面制作手艺，社区定于10月1日举办“邻里荞面节”。
时间　内容　地点
9:00—10:30　荞面擀制比赛　社区广场
10:30—11:30　百家荞面品尝　社区食堂
活动详情请关注“铕溪社区”公众号，报名联系人：施阿姨，电话：13908781160。
铕溪社区居民委员会
2025年9月20日
""",
    ),
    dict(
        slug="assoc-qiaomai-industry-council-minutes-html",
        site="某市荞麦产业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="https://www.qiaomai-xh.example.org.cn/xhdt/2025/0115/210.html",
        title="市荞麦产业协会三届五次理事会会议纪要",
        record_title="【协会纪要】市荞麦产业协会三届五次理事会会议纪要",
        date="2025-01-15",
        notes="an association page: member login, a 'become a member' prompt in the sidebar; minutes' 时间/地点/主持/出席 lines and a vote count kept; 发布日期 equals the meeting date",
        page="""
<html><head><meta charset="utf-8"><title>【协会纪要】市荞麦产业协会三届五次理事会会议纪要</title></head><body>
<div class="top">⟦m 市荞麦产业协会⟧　⟦a 会员登录　|　会员注册⟧</div>
<div class="menu">⟦m 首页　协会概况　协会动态　行业标准　会员风采⟧</div>
<div class="crumb">⟦m 首页 > 协会动态⟧</div>
<h2>⟦t 【协会纪要】市荞麦产业协会三届五次理事会会议纪要⟧</h2>
<div class="time">⟦m 发布日期：2025-01-15　来源：秘书处⟧</div>
<div class="body">
{BODY}
</div>
<div class="side"><p>⟦w 诚邀荞麦种植、加工、销售企业入会，秘书处电话 0878-2099310⟧</p></div>
<div class="ft">⟦d 本站内容版权归市荞麦产业协会所有⟧</div>
</body></html>
""",
        body="""
时间：2025年1月15日上午
地点：市农业科技大楼五楼会议室
主持：协会会长 乔德明
出席：理事23人，监事2人
会议审议通过了协会2024年工作报告和2025年工作要点，表决结果为同意23票，反对0票，弃权0票。
会议决定，2025年启动苦荞茶团体标准修订工作，由秘书处牵头组织。
记录：邬晴
""",
    ),
    dict(
        slug="corp-gaoyuanqiao-buckwheat-tea-news-html",
        site="高原荞茶业有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.gaoyuanqiao.example.com/news/company/20250822.html",
        title="公司苦荞茶生产线通过绿色食品认证",
        record_title="公司苦荞茶生产线通过绿色食品认证_企业新闻_高原荞茶业",
        date="2025-08-22",
        notes="a company site: a cookie/consent line, an online shop link, a product carousel; an editor line glued after the last paragraph; the news date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>公司苦荞茶生产线通过绿色食品认证_企业新闻_高原荞茶业</title></head><body>
<div class="cookie">⟦d 我们使用Cookie来提升您的体验。　接受　拒绝⟧</div>
<header>⟦m 高原荞茶业 GAOYUAN QIAO⟧ <nav>⟦m 首页　关于我们　产品中心　新闻动态　联系我们⟧</nav> ⟦a 官方商城⟧</header>
<div class="crumb">⟦m 首页 / 新闻动态 / 企业新闻⟧</div>
<article><h1>{T}</h1><p class="d">⟦m 2025-08-22⟧</p>
{BODY}
</article>
<div class="carousel">⟦l 热销产品：黑苦荞全胚芽茶　｜　荞麦挂面　｜　荞麦米⟧</div>
<footer>⟦m 客服热线：400-877-5166⟧ ⟦m 滇ICP备18009223号-1⟧</footer>
</body></html>
""",
        body="""
8月20日，我公司苦荞茶生产线顺利通过中国绿色食品发展中心的绿色食品认证。
此次认证涵盖黑苦荞全胚芽茶、苦荞麦茶两个产品，原料全部来自公司在钐城县建设的8000亩种植基地。
公司负责人表示，将以此次认证为契机，严格按照绿色食品标准组织生产。⟦m （编辑：品牌部 伍思远）⟧
""",
    ),
    dict(
        slug="training-qiaoxiang-noodle-skill-class-html",
        site="荞乡职业培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="notice",
        form="html",
        source="http://www.qiaoxiang-px.example.cn/kc/qiaomian.html",
        title="荞麦面食制作技能培训班招生简章",
        record_title="【包教包会】荞麦面食制作技能培训班招生简章",
        date=None,
        notes="a training-school page: a float box, an enrolment discount on a line of its own inside the body; the school's own 报名电话 beside a 400 line; no date (an 更新 stamp only)",
        page="""
<html><head><meta charset="utf-8"><title>【包教包会】荞麦面食制作技能培训班招生简章-荞乡职业培训学校</title></head><body>
<div class="hd">⟦m 荞乡职业培训学校　人社部门认定培训机构⟧</div>
<div class="nav">⟦m 首页　课程中心　学员风采　报名须知⟧</div>
<h1>⟦t 【包教包会】荞麦面食制作技能培训班招生简章⟧</h1>
<div class="upd">⟦m 更新：2025-10-11　浏览：388⟧</div>
<div class="c">
{BODY}
</div>
<div class="float">⟦w 免费咨询 400-660-3719⟧<br>⟦a 在线报名⟧</div>
<div class="ft">⟦m 荞乡职业培训学校 版权所有⟧</div>
</body></html>
""",
        body="""
一、培训内容：荞面饸饹、荞麦凉粉、荞麦煎饼等八种面食的制作。
二、培训时间：每期15天，每月1日开班。
⟦a 老学员介绍新学员，双方各减免学费300元⟧
三、培训费用：每人2800元，符合条件的可申请职业技能培训补贴。
四、报名地点：钐城县建设路45号，报名电话：0878-2455018。
""",
    ),
    dict(
        slug="fanwenapp-xiezuo-buckwheat-village-speech",
        site="写作宝 App 分享页 (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://share.xiezuobao.example.com/art/5512083",
        title="在荞麦收割开镰仪式上的致辞",
        record_title="在荞麦收割开镰仪式上的致辞（精选范本）",
        date="2024-09-26",
        indent="\u3000\u3000",
        notes="a writing-app share page: a copy-lock line between paragraphs; an 'open in app' bar at the top; a date under the title in Chinese numerals (neutral line; its date expected)",
        page="""
!a 在写作宝App内打开　｜　立即下载
!t 在荞麦收割开镰仪式上的致辞（精选范本）
!m 写作宝 · 致辞范文　｜　1.3万次阅读
（二〇二四年九月二十六日）
{BODY}
!a 复制全文需登录　|　导出为Word
!l 猜你喜欢：丰收节致辞　开镰节主持词
""",
        body="""
各位乡亲，各位来宾：
金秋九月，荞麦飘香。今天，我们在这里举行荞麦收割开镰仪式，共同庆祝又一个丰收年。
⟦a 本段以下内容已加密，请在App内查看⟧
今年全乡种植荞麦一万二千亩，预计亩产比去年提高一成。
祝乡亲们丰产丰收，日子越过越红火！
""",
    ),
    dict(
        slug="gkforum-koukao-buckwheat-essay-on-one-line",
        site="口考吧公考论坛 (invented)",
        style="公考论坛",
        genre="申论范文",
        kind="other",
        form="text",
        source="http://www.koukaoba.example.com/thread-77812-1-1.html",
        title="小荞麦撑起乡村振兴大产业",
        record_title="[申论范文] 小荞麦撑起乡村振兴大产业（附点评）- 申论写作 - 口考吧",
        date=None,
        oneline=True,
        indent="\u3000\u3000",
        notes="an exam forum: the essay on one line; decorated title; '2小时前' and a last-edit stamp are no dates; a 'reply to download the Word' prompt",
        page="""
!m 口考吧 › 申论写作 › 范文分享
!t [申论范文] 小荞麦撑起乡村振兴大产业（附点评）
!m 楼主：申论小能手　2小时前　｜　查看 1208
{BODY}
!m 本帖最后由 申论小能手 于 1小时前 编辑
!a 回复本帖即可下载Word版及点评
!l 相关帖子：申论大作文万能开头结尾
""",
        body="""
在高寒山区，荞麦曾经只是填饱肚子的杂粮，如今却成了群众增收的“金疙瘩”。这一转变，离不开产业链条的延伸。
从卖原粮到卖荞麦茶、荞麦面，从田间地头到电商平台，一粒荞麦的价值翻了好几番。
小荞麦撑起大产业的经验告诉我们，乡村振兴要立足本地资源，走特色化、品牌化的发展之路。
""",
    ),
    dict(
        slug="baike-zhishu-bitter-buckwheat-entry-html",
        site="知树百科 (invented encyclopedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://www.zhishu-baike.example.com/wiki/苦荞",
        title="苦荞",
        record_title="苦荞_知树百科",
        date=None,
        notes="an encyclopaedia entry page: an edit/history row, an infobox row (one row a paragraph), a references box and a 'last edited' stamp (no date)",
        page="""
<html><head><meta charset="utf-8"><title>苦荞_知树百科</title></head><body>
<div class="top">⟦m 知树百科⟧ <input> ⟦a 进入词条　创建词条⟧</div>
<h1>{T}</h1>
<div class="tools">⟦a 编辑　历史版本　收藏 2106　点赞 311⟧</div>
<div class="para">
{BODY}
</div>
<div class="ref">⟦l 参考资料　1. 《中国荞麦品种志》⟧</div>
<div class="stat">⟦m 本词条最后修订于 2025-02-28，已被浏览 4.1 万次⟧</div>
<div class="ft">⟦d 知树百科内容由用户贡献，仅供参考⟧</div>
</body></html>
""",
        body="""
苦荞，又名鞑靼荞麦，是蓼科荞麦属一年生草本植物，主要分布在海拔1500米以上的高寒山区。
中文名　苦荞
别名　鞑靼荞麦、苦荞麦
生长周期　80至90天
苦荞籽粒富含芦丁等黄酮类物质，常被加工成苦荞茶、苦荞面等食品。
""",
    ),
    dict(
        slug="netdisk-yunjia-buckwheat-coop-summary",
        site="云夹网盘 (invented)",
        style="网盘分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://yunjia-pan.example.cn/share/init?surl=qm2024",
        title="铒湾县高山荞麦专业合作社2024年度工作总结",
        record_title="铒湾县高山荞麦专业合作社2024年度工作总结.docx",
        date="2024-12-30",
        indent="\u3000\u3000",
        pages=dict(fmt="⟬{n}⟭", every=70, start=2, glue="mix"),
        notes="a cloud-drive preview: a file-name title; page markers ⟬n⟭ glued or on lines of their own cutting sentences; a share expiry line and a save prompt; the 成文日期",
        page="""
!m 云夹网盘　分享文件
!m 铒湾县高山荞麦专业合作社2024年度工作总结.docx（29.6KB）
!m 分享时间：2025-01-03　过期时间：永久有效
!a 保存到网盘　　普通下载　　极速下载
{BODY}
!a 文件过大，仅支持预览前5页
!d 云夹网盘：分享内容如有侵权，请通过举报通道反馈
""",
        body="""
2024年，合作社在县乡两级的支持下，坚持“统一种植、统一收购、统一加工、统一销售”，社员达到326户。
全年种植荞麦5200亩，收购荞麦1100吨，加工荞麦米和荞麦粉共计460吨，实现销售收入1380万元。
年底为社员分红86万元，户均2600余元。
2025年，合作社计划新建一条荞麦茶生产线，并申报省级示范社。
铒湾县高山荞麦专业合作社
2024年12月30日
""",
    ),
    dict(
        slug="snapshot-textcache-buckwheat-drying-rules",
        site="快页纯文本快照 (invented)",
        style="搜索快照",
        genre="制度",
        kind="other",
        form="text",
        source="http://txtcache.kuaiye.example.com/?url=www.shanqiao-coop.example.cn/zd/12.html",
        title="荞麦晒场安全管理制度",
        record_title="荞麦晒场安全管理制度 - 快页快照",
        date=None,
        indent="\u3000\u3000",
        notes="a text-only cache: the cache header with a crawl time (no date); a 'view the live page' link; rules whose articles speak of 登记/扫码 kept; numbered articles",
        page="""
!d 快页快照：本页为 2025-09-14 08:20 抓取的纯文本版本，仅供参考，与原网页无关。
!a 查看原网页　|　查看带图版本
!m 山荞专业合作社 > 规章制度
{T}
{BODY}
!m 山荞专业合作社　技术支持：快建站
""",
        body="""
第一条　晒场实行专人管理，入场晾晒的社员须提前一天登记。
第二条　外来车辆入场须扫描门口二维码登记车牌号，车速不得超过每小时5公里。
第三条　晒场内严禁吸烟和使用明火，夜间须覆盖篷布。
第四条　本制度自公布之日起施行。
""",
    ),
]
