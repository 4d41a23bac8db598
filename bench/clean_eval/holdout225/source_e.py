"""holdout225, part E: trade associations, company sites, training schools, writing apps and
exam forums. Every case written by hand; everything invented."""

CASES = [
    dict(
        slug="association-mangzhou-glass-pledge-flasks",
        site="漭州市日用玻璃制品协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.mzrybl.example.org.cn/xhdt/2024/0923/118.html",
        title="热水瓶行业质量诚信自律倡议书",
        record_title="〖会员倡议〗热水瓶行业质量诚信自律倡议书 | 漭州市日用玻璃制品协会",
        date="2024-09-20",
        date_also=["2024-09-23"],
        notes="association site: member login row, a member hotline; the association's name is also the signature (head match at the top, tail at the foot); the page date differs from the 成文日期; a join-the-association line between paragraphs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>〖会员倡议〗热水瓶行业质量诚信自律倡议书 | 漭州市日用玻璃制品协会</title>
<script type="text/javascript" src="/js/xh_slide.js"></script>
</head><body>
<div class="xh-top"><span>⟦m 漭州市日用玻璃制品协会⟧</span> <span>⟦a 会员单位登录⟧</span> <span>⟦a 入会申请⟧</span></div>
<div class="xh-nav">⟦m 首页⟧ ⟦m 协会概况⟧ ⟦m 协会动态⟧ ⟦m 行业资讯⟧ ⟦m 标准法规⟧ ⟦m 会员风采⟧</div>
<div class="xh-pos">⟦m 首页 ›› 协会动态 ›› 倡议书⟧</div>
<div class="xh-art">
<h2>{T}</h2>
<p class="xh-info">⟦m 日期：2024-09-23　　编辑：协会秘书处⟧</p>
<div class="xh-content">
{BODY}
</div>
</div>
<div class="xh-side"><h4>⟦l 协会通知⟧</h4><p>⟦l 关于开展2024年度会员信用评价的通知⟧</p><p>⟦l 日用玻璃制品团体标准立项公示⟧</p></div>
<div class="xh-foot">⟦m 会员服务专线：0391-8840321⟧<br>⟦m 版权所有：漭州市日用玻璃制品协会⟧　⟦m 豫ICP备20011486号⟧</div>
</body></html>
""",
        body="""
全市热水瓶生产企业：
热水瓶是千家万户的生活必需品，质量安全关系群众切身利益。为推动行业健康发展，漭州市日用玻璃制品协会向全体会员企业倡议：
一、严格执行国家标准，瓶胆保温性能、耐冷热冲击性能检测不合格的产品一律不出厂。
二、如实标注产品容量、材质和使用说明，不虚标保温时间。
⟦a 还不是会员？点此了解入会流程与会费标准⟧
三、不以次充好、不低价倾销，维护公平竞争的市场秩序。
四、畅通售后渠道，对消费者反映的问题及时处理。
让我们携起手来，用过硬的质量守护每一个家庭的温暖！
漭州市日用玻璃制品协会
2024年9月20日
""",
    ),
    dict(
        slug="association-mangzhou-floor-heating-council-minutes",
        site="漭州市地暖行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://www.mzdnxh.example.org/news/2024-06-17/62.html",
        title="漭州市地暖行业协会第二届理事会第三次会议纪要",
        date="2024-06-14",
        notes="record title as is; the minutes' 时间 line gives the date; 时间/地点/主持/参会/记录 lines and a vote count stay; a 'past minutes' link between paragraphs",
        page="""
!m 漭州市地暖行业协会
!m 首页 > 协会工作 > 会议纪要
{T}
!m 发布人：秘书处　　2024-06-17　　阅读 158
{BODY}
!l 【往期纪要】第二届理事会第二次会议纪要（2024年1月）
!m 协会秘书处电话：0391-8847062　　地址：漭州市嶙山区建设路18号
!m 漭州市地暖行业协会 版权所有
""",
        date_also=["2024-06-17"],
        body="""
时间：2024年6月14日下午2:30
地点：协会会议室
主持：梁国栋（会长）
参会：理事单位代表19人
记录：鄄颖
会议审议了《地暖安装服务规范（团体标准）》草案和新会员入会申请，形成纪要如下：
一、原则通过团体标准草案，由秘书处根据会上意见修改后公开征求意见。
二、表决通过漭州暖居科技有限公司等3家企业入会申请，应到理事19人，实到19人，同意19票。
三、下半年组织一次地暖安装工技能比武，秘书处拟定方案后报会长办公会审定。
""",
    ),
    dict(
        slug="company-hengwen-recall-vacuum-flasks",
        site="恒温日用 brand site (invented)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="html",
        source="https://www.hengwen-ry.example.com/news/gonggao/2024-11-12.html",
        title="关于召回部分批次不锈钢真空热水瓶的公告",
        record_title="【召回声明】关于召回部分批次不锈钢真空热水瓶的公告—恒温日用",
        date="2024-11-12",
        notes="company site: cookie notice, an online-service float and a 400 order line beside the recall line in the body; a batches table; a 'buy the new model' ad between paragraphs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>【召回声明】关于召回部分批次不锈钢真空热水瓶的公告—恒温日用</title>
<script src="/static/js/site.min.js"></script>
</head><body>
<header><a class="logo">⟦m 恒温日用 HENGWEN⟧</a>
<nav>⟦m 首页⟧ ⟦m 产品中心⟧ ⟦m 品牌故事⟧ ⟦m 新闻公告⟧ ⟦m 售后服务⟧ ⟦m 联系我们⟧</nav></header>
<div class="crumb">⟦m 首页 / 新闻公告 / 品牌公告⟧</div>
<section class="news-detail">
<h1>{T}</h1>
<div class="meta">⟦m 2024-11-12　　阅读 3,461⟧</div>
<div class="rich">
{BODY}
</div>
<div class="prev-next">⟦l ← 恒温日用荣获“漭州老字号”称号⟧　⟦l 冬季新品保温壶上市 →⟧</div>
</section>
<div class="cookie">⟦d 本站使用Cookie以改善浏览体验，继续浏览即表示您同意⟧ <button>⟦a 知道了⟧</button></div>
<div class="kf">⟦w 在线客服⟧ ⟦m 订购热线 400-117-6288⟧</div>
<footer>⟦m 郗水恒温日用品有限公司　陕ICP备15012093号-1⟧</footer>
</body></html>
""",
        body="""
尊敬的消费者：
我公司在质量抽检中发现，部分批次不锈钢真空热水瓶的瓶塞密封圈存在老化过快的问题，长期使用可能出现漏水，存在烫伤风险。为保障消费者安全，我公司决定主动召回以下产品：
型号　批次号　生产日期
HW-1600　2407A、2407B　2024年7月
HW-2000　2408C　2024年8月
⟦a 【新品直达】恒温二代保温壶，限时焕新价⟧
请持有上述批次产品的消费者停止使用，拨打召回专线0917-5277300登记，我公司将免费更换新品。
郗水恒温日用品有限公司
2024年11月12日
""",
    ),
    dict(
        slug="company-fenghe-news-smart-rice-bin",
        site="丰禾粮具 company site (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.fenghe-lj.example.com/news/company/20240520-17.html",
        title="丰禾粮具推出防潮防虫智能米缸",
        record_title="丰禾粮具推出防潮防虫智能米缸 - 公司新闻 - 丰禾粮具",
        record_date="2024-05-20",
        date="2024-05-20",
        notes="the record gives the date; a repeated title glued before the news lead; a product-link line at the foot and an online-shop line",
        page="""
!m 丰禾粮具 | 让每一粒米都安心
!m 首页　产品中心　公司新闻　经销加盟　联系我们
!m 公司新闻 ＞ 新品发布
{T}
!m 2024-05-20　　来源：丰禾粮具品牌部
{BODY}
!a 查看产品详情 ＞＞
!m 丰禾粮具官方旗舰店已上线各大电商平台
!m Copyright © 丰禾粮具　晋ICP备21008874号
""",
        body="""
⟦t 丰禾粮具推出防潮防虫智能米缸⟧5月18日，丰禾粮具在漭州国际会展中心举办新品发布会，推出一款带防潮防虫功能的智能米缸。
这款米缸采用食品级材料，缸体密封，内置湿度传感器，湿度过高时会自动提醒。缸盖内侧设有驱虫盒，可放入花椒、八角等天然香料。出米口按一下出一杯米，老人和孩子都能方便使用。
公司总经理韦建国介绍，传统陶瓷米缸容易受潮生虫，新产品就是针对这些痛点设计的。目前产品已在各大电商平台上架。
""",
    ),
    dict(
        slug="training-jiangxin-brochure-floor-heating-class",
        site="匠心职业培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.jiangxin-px.example.com/zs/dinuan-2024dong.html",
        title="冬季地暖安装与维护实操班招生简章",
        record_title="【冬季实操班】冬季地暖安装与维护实操班招生简章（每班限招20人）- 匠心职业培训学校",
        date=None,
        notes="training school: promo banner, consult float and a 400 franchise line beside the school's own 报名电话; a brochure with no date; a trial-lesson line between paragraphs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>【冬季实操班】冬季地暖安装与维护实操班招生简章（每班限招20人）- 匠心职业培训学校</title>
<script>var _jxkf={pos:"right",auto:1};</script>
</head><body>
<div class="promo">⟦a 早鸟价：11月30日前报名立减200元⟧</div>
<div class="hd">⟦m 匠心职业培训学校⟧ ⟦m 学技术 · 好就业⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 热门课程⟧ ⟦m 师资团队⟧ ⟦m 学员风采⟧ ⟦m 在线报名⟧</div>
<div class="course">
<h1>{T}</h1>
<div class="course-body">
{BODY}
</div>
<a class="btn">⟦a 立即在线报名⟧</a>
</div>
<div class="side-hot"><h4>⟦l 热招课程⟧</h4><p>⟦l 低压电工作业证考前班⟧</p><p>⟦l 水暖管道安装速成班⟧</p></div>
<div class="float-kf">⟦w 课程顾问在线⟧ ⟦w 微信咨询：jx_peixun08⟧</div>
<div class="ft">⟦m 全国加盟热线：400-602-7719⟧<br>⟦m 匠心职业培训学校　豫ICP备19033462号⟧</div>
</body></html>
""",
        body="""
一、培训对象：有志从事地暖安装、维修工作的社会人员，零基础可报名。
二、培训内容：地暖系统原理、盘管铺设、分集水器安装、打压试验、常见故障排查。
三、培训方式：理论课与实操课相结合，实操课占三分之二，在实训车间真管真装。
⟦a 先听后报：每周六上午免费试听一节实操课⟧
四、培训时间：每期15天，全日制授课，满20人开班。
五、培训费用：1800元，含教材、耗材和结业证书费用。
报名电话：0391-8815524（招生办　梁老师）
报名地址：漭州市嶙山区建设路18号匠心职业培训学校二楼
""",
    ),
    dict(
        slug="training-jiangxin-diary-meter-wiring",
        site="匠心职业培训学校 学员园地 (invented)",
        style="培训机构",
        genre="学习日记",
        kind="other",
        form="text",
        source="https://www.jiangxin-px.example.com/xueyuan/riji/0317.html",
        title="电工实操课第三天：学装单相电表",
        record_title="学员手账 ｜ 电工实操课第三天：学装单相电表 - 匠心职业培训学校",
        date=None,
        notes="a trainee's diary with no date; a course ad line between paragraphs; a consult prompt glued after the last paragraph; the school's enrolment line at the foot",
        page="""
!m 匠心职业培训学校 · 学员园地
!m 首页 ＞ 学员园地 ＞ 学习日记
!t 学员手账 ｜ 电工实操课第三天：学装单相电表
!m 学员：小邰（低压电工班第12期）　　浏览 377
{BODY}
!l 下一篇：电工实操课第四天：三相电表接线
!m 电工班常年招生　报名热线：0391-8815524
""",
        body="""
今天是电工实操课的第三天，梁老师教我们装单相电表。
上午先讲接线原理：电表有四个接线端子，一、三进线，二、四出线，火线零线千万不能接反。梁老师一边讲，一边在黑板上画图，还让我们每人画一遍。
⟦a 【低压电工证培训】考证+实操一条龙，点击了解⟧
下午上手实操。我第一次接线时把零线接到了一号端子，通电前被梁老师检查出来，他说这要是真通了电，电表就不计量了，还可能出危险。
第二次我一根线一根线对照图纸接，终于一次通过。看着电表指示灯亮起来，心里特别有成就感。
明天学三相电表，听说更难，晚上得把笔记再看一遍。⟦w 想和小邰一起学电工？留言获取课表⟧
""",
    ),
    dict(
        slug="app-lingxi-host-script-rice-bin-festival",
        site="灵犀写作 App H5 share (invented)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="html",
        source="https://h5.lingxi-xz.example.com/share/doc?id=9930127&from=wx",
        title="“米缸传情”邻里节活动主持词",
        record_title="“米缸传情”邻里节活动主持词（附开场串词）· 灵犀写作",
        date=None,
        notes="writing app H5 share: open-app mask, fold, AI-rewrite buttons; a host script with 甲/乙/合 lines; no date; an 'unfold the rest in the app' line between lines",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>“米缸传情”邻里节活动主持词（附开场串词）· 灵犀写作</title>
<script src="https://h5.lingxi-xz.example.com/js/openapp.2.1.js"></script>
</head><body>
<div class="mask">⟦a 打开灵犀写作App，体验更流畅⟧ <button>⟦a 立即打开⟧</button></div>
<div class="doc-head"><h1>{T}</h1>
<p class="by">⟦m 灵犀精选 · 收录于「社区活动主持」合集⟧</p></div>
<div class="doc-body">
{BODY}
</div>
<div class="ai">⟦a ✦ AI一键改写⟧ ⟦a ✦ 换个开场白⟧ ⟦a ✦ 扩写到1500字⟧</div>
<div class="bottom">⟦l 相似范文：社区睦邻节主持稿 ｜ 重阳敬老联欢会串词⟧</div>
<div class="tip">⟦d 内容由灵犀用户创作，仅供参考⟧</div>
</body></html>
""",
        body="""
甲：尊敬的各位邻居，
乙：亲爱的朋友们，
合：大家上午好！
甲：一口米缸，装的是粮食，也装着邻里之间的情分。
乙：今天，我们相聚在泗桥社区，共同参加“米缸传情”邻里节活动。
⟦a 剩余内容已折叠，在App内展开全文⟧
甲：过去一年，社区“暖心米缸”共收到居民捐米2100多斤，帮助了60多户有需要的家庭。
乙：下面，有请捐米最多的三位居民代表上台，为大家讲讲他们的故事。
甲：邻里一碗米，情暖一座城。
乙：希望这份温暖一直传递下去。
合：“米缸传情”邻里节活动到此结束，谢谢大家！
""",
    ),
    dict(
        slug="app-suxie-report-postman-leader-oneline",
        site="速写范文 App export (invented)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://m.suxie-fw.example.cn/a/shuzhi/77128",
        title="邮政支局投递班班长述职报告",
        record_title="邮政支局投递班班长述职报告（投递岗位·精编）· 速写范文App",
        date="2024-12-28",
        notes="a writing app's text export with the whole body on one line; the date under the 述职人 line; a paywall glued after a 。 inside the line; app prompts around it",
        page="""
!m 速写范文App · 3秒找到你要的范文
!t 邮政支局投递班班长述职报告（投递岗位·精编）
!m 速写精选　｜　已有 2,093 人使用
{BODY}
!a 开通速写会员，畅享全部范文
!a 在App中打开，支持一键导出Word
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
各位领导、同事们：
2024年我担任濑口邮政支局投递班班长，现将履职情况报告如下。
一、完成投递任务。全班5名投递员负责全镇12个村的邮件投递和6个邮筒的开箱工作，全年投递邮件9.6万件，邮筒开箱准时率100%。⟦a 〔会员专享：查看同类述职3篇〕⟧
二、改进服务方式。针对农村老人取件难，推行“电话预约、送件到家”，全年上门服务1300余次。
三、存在不足。部分山区村投递频次偏低，明年将与村邮站加强协作。
述职人：韦海涛
2024年12月28日
""",
    ),
    dict(
        slug="examforum-qingyun-essay-postbox",
        site="青云公考论坛 (invented)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="html",
        source="https://bbs.qingyun-gk.example.com/thread-330871-1-1.html",
        title="从一只邮筒看城市温度",
        record_title="〔申论大作文〕从一只邮筒看城市温度（自评38分，求指正）- 申论区 - 青云公考论坛",
        date=None,
        notes="exam forum: reply-to-see prompt, rating row, a QQ-group ad; an essay with no date; a moderator's note between paragraphs",
        page="""
<html><head><meta charset="utf-8">
<title>〔申论大作文〕从一只邮筒看城市温度（自评38分，求指正）- 申论区 - 青云公考论坛</title>
<script src="static/js/forum_viewthread.js?q9Y"></script>
</head><body>
<div id="hd">⟦m 青云公考论坛⟧ ⟦m 上岸路上，青云相伴⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div id="pt">⟦m 青云公考论坛 › 申论区 › 大作文练习⟧</div>
<div class="qq">⟦w 申论批改互助群：QQ群 733108426⟧</div>
<div class="post">
<div class="author">⟦m 楼主：一战上岸的小鄄⟧ ⟦m 发表于 5 天前⟧</div>
<h1 id="thread_subject">{T}</h1>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖附有老师点评，回复后可见⟧</div>
<div class="rate">⟦l 评分　青云币 +5　理由：立意不错⟧</div>
</div>
<div id="ft">⟦m 青云公考论坛　湘ICP备18023371号⟧</div>
</body></html>
""",
        body="""
一只邮筒，立在街角，默默无言。它不像高楼那样醒目，却承载着一座城市的温度。
邮筒的温度，在于它守住了一种慢的连接。在即时通信无处不在的今天，仍有人愿意提笔写信，把思念交给邮筒，让它慢慢抵达。城市保留邮筒，就是为这份从容留一扇门。
⟦m 【版主提示】申论区练笔帖请注明字数与用时⟧
邮筒的温度，更在于管理者的用心。有的城市把老邮筒修旧如旧，有的城市在邮筒旁加装了说明牌，告诉人们开箱时间和寄信方法。这些细节看似微小，却体现着以人为本的治理理念。
城市治理，既要有大手笔，也要有“绣花功夫”。守护好每一只邮筒，就是守护好城市里那些温暖的细节。
""",
    ),
    dict(
        slug="examforum-qingyun-interview-rice-bin-junk",
        site="青云公考论坛 面试区 (invented)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="https://bbs.qingyun-gk.example.com/thread-331407-1-1.html",
        title="社区“爱心米缸”被个别人多拿多占，你怎么处理？",
        record_title="面试天天练 · 第112题｜社区“爱心米缸”被个别人多拿多占，你怎么处理？（我的作答）- 面试区 - 青云公考论坛",
        date=None,
        notes="exam-forum answer with junk lines and junk glued after 。; 第一/第二… points; posted 3 小时前 (no date); a question line above the answer and replies below",
        page="""
!m 青云公考论坛 › 面试区 › 结构化每日一练
!t 面试天天练 · 第112题｜社区“爱心米缸”被个别人多拿多占，你怎么处理？（我的作答）
!m 郗水备考人　发表于 3 小时前　|　查看 906　|　回复 17
!m 【题目】社区设立了“爱心米缸”，居民反映有个别人多拿多占。如果你是社区工作人员，你怎么处理？
!m 【我的作答】
{BODY}
!l 2楼 面试官老梁：思路完整，第二点可以再具体些
!l 3楼 小透明：打卡学习
!a 登录后可回复，还可以获得青云币
""",
        junk=dict(lines=2, glued=2),
        body="""
我会本着既维护公平、又保护群众尊严的原则来处理这件事。
第一，了解情况。调取驿站登记记录，向值守志愿者和周边居民了解多拿多占的具体情况，弄清是个别人的偶然行为还是长期存在。
第二，分类处理。对确有困难但拿得偏多的居民，上门了解实际需求，必要时帮助申请临时救助；对不属于帮扶对象却长期多拿的，私下耐心劝导，不当众指责。
第三，完善制度。实行实名登记、每周限量，在驿站公示取米规则和监督电话，邀请居民代表参与监督。
第四，加强宣传。通过社区微信群宣传“按需取用”的理念，让爱心米缸长久运转下去。
""",
    ),
]
