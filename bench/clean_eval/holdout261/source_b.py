"""holdout261, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网. Invented text, written by hand."""

CASES = [
    dict(
        slug="blog-tengying-grandpa-rattan-chair",
        site="藤影小筑 (invented)",
        style="博客",
        genre="回忆散文",
        kind="essay",
        form="html",
        source="https://tengying.blog.example/2024/03/grandpa-chair/",
        title="爷爷的那把藤椅",
        record_title="【旧物随笔】爷爷的那把藤椅 — 藤影小筑",
        date=None,
        notes="WordPress-like blog; calendar widget, archive, comment form; memoir with only a year",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【旧物随笔】爷爷的那把藤椅 — 藤影小筑</title>
<script src="/wp-includes/js/wp-emoji.js"></script></head><body>
<header><h2>⟦m 藤影小筑⟧</h2><p>⟦m 一个人慢慢写旧东西⟧</p></header>
<nav>⟦m 首页⟧ ⟦m 旧物随笔⟧ ⟦m 关于我⟧</nav>
<article><h1>{T}</h1>
<div class="meta">⟦m 更新于 2 个月前 · 分类：旧物随笔 · 3 条评论⟧</div>
{BODY}
<div class="tags">⟦l 标签：藤椅 / 爷爷 / 老屋⟧</div>
<div class="nav-links">⟦l ← 前一篇：外婆的针线笸箩⟧ ⟦l 后一篇：老屋门口的石磨 →⟧</div>
</article>
<aside><h3>⟦l 月度归档⟧</h3><ul><li>⟦l 2024年三月（4）⟧</li><li>⟦l 2024年二月（2）⟧</li></ul><div>⟦l 日历：一 二 三 四 五 六 日⟧</div></aside>
<div id="respond"><h3>⟦l 写下你的想法⟧</h3><p>⟦a 昵称（必填） 邮箱（不公开） 提交⟧</p></div>
<footer>⟦d 本博文字为博主原创，未经同意谢绝搬运⟧</footer>
</body></html>
""",
        body="""
老屋堂前一直放着一把藤椅，是爷爷1978年从镇上买回来的。
夏天的傍晚，爷爷总爱坐在藤椅上摇着蒲扇，给我们讲他年轻时撑船的故事。藤椅吱吱呀呀地响，像是在给他的故事打拍子。
后来藤椅的扶手断了一根藤条，爷爷用细铁丝缠了好几圈，又坐了许多年。
爷爷走后，那把藤椅一直空着。奶奶说，谁也不许扔，就让它在那儿陪着老屋。每次回家，我都会在藤椅上坐一会儿，好像还能闻到爷爷的烟味。
""",
    ),
    dict(
        slug="blog-shaozi-paddle-canteen-diary",
        site="勺子日记 (invented)",
        style="博客",
        genre="心得体会",
        kind="essay",
        form="text",
        source="http://shaozidiary.example/post/417",
        title="在食堂打饭三年的一点体会",
        record_title="在食堂打饭三年的一点体会 - 随手记 - 勺子日记",
        date=None,
        notes="text blog; hard-wrapped at 58 columns; bracketed update stamp is no date",
        wrap=58,
        indent="  ",
        page="""
!m 勺子日记 · 打饭阿姨的小本子
{T}
!m [更新于 昨天 18:20]  分类：随手记  阅读(96)
{BODY}
!l 上一篇：学生们最爱的三道菜
!l 下一篇：夏天食堂怎么防蚊
!a 喜欢这篇就点个♥吧
!d 本博客所有文字均为原创，转载请留言告知
""",
        body="""
我在厂里食堂打饭已经三年了，每天手里握的就是一把不锈钢饭勺。刚来的时候，手总是抖，一勺下去不是多了就是少了，后面排队的工友等得着急。
后来老师傅教我，饭勺要先在饭盆边上磕一下，把多余的饭抖掉，再往餐盘里放，这样分量就稳了。
现在我一勺下去，基本八九不离十。我体会最深的是，打饭虽然是小事，但关系到每个人能不能吃饱、吃好，一点也马虎不得。
""",
    ),
    dict(
        slug="wechat-anli-salt-jar-reduce-salt",
        site="齑川县疾控中心公众号镜像 (invented)",
        style="公众号镜像",
        genre="健康科普",
        kind="article",
        form="html",
        source="https://mp.mirror.example/s/JiChuanCDC_0612",
        title="家里的盐罐，该换个小号的了",
        record_title=None,
        date="2024-06-12",
        notes="WeChat mirror; missing record title found in h1; account line date; star prompt glued before the first words",
        p_html='<section><p><span style="font-size:15px;">{}</span></p></section>',
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>齑川健康</title></head><body>
<div class="mirror-top">⟦m 公号文章存档站 · 只读副本⟧</div>
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta">⟦m 原创⟧ ⟦m 齑川健康 2024-06-12 07:30 发表于齑川⟧</div>
{BODY}
<div class="tail">⟦a 阅读原文⟧ ⟦a 赞 在看 转发⟧</div>
<div class="tag">⟦l 收录于话题 #减盐行动 12个⟧</div>
<div class="mirror-note">⟦d 本页为存档副本，图片与链接可能已失效⟧</div>
</body></html>
""",
        body="""
⟦a 点击上方蓝字，设为星标不迷路⟧各位居民朋友：
成年人每天吃盐最好不超过5克。可很多家庭用的是大号盐罐，炒菜时一勺下去，往往就超量了。
我们建议：
1.把大盐罐换成小号盐罐，每次只装三五天的量，心里有数。
2.配一把2克的限盐勺，按人数放盐。
3.出锅前再放盐，少盐也能有咸味。
本月起，各社区卫生服务站免费发放限盐勺，请居民带身份证领取。咨询电话：0736-5210120。
""",
    ),
    dict(
        slug="wechat-lanlan-basket-green-shopping",
        site="桮口社区公众号镜像 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="initiative",
        form="text",
        source="http://wxarchive.example/a/beikou-20240410",
        title="提起菜篮子，少用塑料袋——致桮口社区居民的倡议书",
        record_title="提起菜篮子，少用塑料袋——致桮口社区居民的倡议书 | 桮口家园",
        date="2024-04-10",
        notes="text mirror of an account; 成文日期; follow prompt glued after 。",
        page="""
!m 桮口家园
!m 桮口家园　2024-04-12 发表于柸园街道
{T}
{BODY}
!a 长按识别二维码，把桮口家园加进你的通讯录
!l 往期回顾：社区旧衣回收点启用啦 | 四月义诊安排
!a 👍 赞　　💬 留言　　↗ 转发
""",
        date_also=["2024-04-12"],
        body="""
亲爱的居民朋友们：
一只塑料袋用几分钟，降解却要上百年。为减少白色污染，我们倡议：
一、买菜时带上自家的菜篮子，少要或不要塑料袋。
二、家中闲置的菜篮子可送到社区服务站，由志愿者转送给需要的老人。⟦a 关注桮口家园，第一时间收到活动消息⟧
三、把倡议分享给家人和邻居，一起行动起来。
让我们从一只菜篮子做起，共建干净美丽的桮口社区！
桮口社区居民委员会
2024年4月10日
""",
    ),
    dict(
        slug="share-duoduo-vinegar-bottle-rules",
        site="多多文档分享 (invented)",
        style="文档分享",
        genre="制度",
        kind="regulation",
        form="html",
        source="https://www.duoduodoc.example/d/55310772.html",
        title="醋坊灌装车间醋瓶管理制度",
        record_title="醋坊灌装车间醋瓶管理制度（可编辑）-多多文档分享",
        date=None,
        notes="sharing reader with ratings; 第N条 articles; a rule that speaks of 扫码/打印",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>醋坊灌装车间醋瓶管理制度（可编辑）-多多文档分享</title><script>var docId=55310772;</script></head><body>
<div class="top">⟦m 多多文档分享 - 好文档大家分⟧ <a>⟦a 我要传文档⟧</a></div>
<div class="docinfo">⟦m 评分 4.6 分　共3页　120人已下载⟧</div>
<h1>{T}</h1>
<div class="reader">
{BODY}
</div>
<div class="more">⟦a 还有1页未展示，点这里继续看⟧</div>
<div class="dl">⟦a 多多币 2 个即可下载此文件⟧</div>
<div class="rel">⟦l 大家还在看：调味品仓库防鼠制度 / 灌装线清洁记录表⟧</div>
<footer>⟦d 多多文档分享仅为信息存储平台，文档版权归上传人⟧</footer>
</body></html>
""",
        body="""
第一条　为规范灌装车间醋瓶的领用、清洗和存放，保证产品卫生，制定本制度。
第二条　新醋瓶入库前由质检员抽检，每批抽检不少于20只，合格后方可入库。
第三条　回收醋瓶须经浸泡、刷洗、高温消毒三道工序，每道工序由操作员扫码登记。
第四条　破损、有裂纹或瓶口缺损的醋瓶一律挑出，不得灌装。
第五条　车间主任每周打印一次醋瓶使用台账，交生产科存档。
第六条　本制度自发布之日起施行。
""",
    ),
    dict(
        slug="share-yanwu-salt-jar-contract",
        site="研屋文档 (invented)",
        style="文档分享",
        genre="合同范本",
        kind="template",
        form="text",
        source="http://yanwudoc.example/view/9023311",
        title="陶制盐罐购销合同",
        record_title="陶制盐罐购销合同（范本）.doc",
        date=None,
        notes="file-name record title; template with blanks and ×× placeholders; no date",
        page="""
!m 研屋文档 > 合同协议 > 购销合同
!t 陶制盐罐购销合同（范本）.doc
!m 上传时间：5 天前　页数：2　下载：34
!a 〔免费预览已结束，剩余内容请下载查看〕
{T}
{BODY}
!a 下载这份合同 ▸ 研屋豆 1 枚
!d 研屋文档内所有资料均来自用户上传，如有侵权请联系删除。
""",
        body="""
甲方（购货方）：××××食品有限公司
乙方（供货方）：××陶瓷厂
第一条　产品名称：陶制盐罐，规格＿＿＿＿，数量＿＿＿＿只，单价＿＿＿＿元。
第二条　交货时间：＿＿＿＿年＿＿月＿＿日前，交货地点：甲方仓库。
第三条　质量要求：罐体无裂纹、无砂眼，釉面均匀，符合食品接触用陶瓷标准。
第四条　货款在验收合格后十个工作日内付清。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="edu-zhouxi-school-paddle-notice",
        site="醢川县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.haichuan.edu.example/tzgg/2024/0902/1321.html",
        title="关于规范学校食堂饭勺等餐具消毒工作的通知",
        record_title="【校园食安】关于规范学校食堂饭勺等餐具消毒工作的通知 - 醢川教育网",
        date="2024-09-02",
        record_date="2024-09-02",
        notes="education portal; byline 发布时间 is the document's too; contact beside technical line; 附件",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【校园食安】关于规范学校食堂饭勺等餐具消毒工作的通知 - 醢川教育网</title></head><body>
<div class="top">⟦m 醢川教育网⟧ ⟦a 读屏专用⟧ ⟦a 手机扫一扫阅读本文⟧</div>
<div class="crumb">⟦m 醢川教育网 » 通知公告⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 发布时间：2024-09-02　发布部门：安全科　点击数：733⟧</div>
{BODY}
<footer><p>⟦m 醢川县教育局 主办　技术支撑：醢川县信息中心 0736-8820901⟧</p></footer>
</body></html>
""",
        body="""
各中小学、幼儿园：
新学期开学在即，为防止食源性疾病，现就食堂饭勺等餐具消毒工作通知如下：
1.饭勺、菜勺每餐使用后必须清洗，并放入消毒柜消毒不少于30分钟。
2.木质饭勺一律停止使用，统一更换为不锈钢饭勺。
3.各校要建立餐具消毒记录，每日由食堂管理员签字。
4.请各校下载附件，于9月10日前填报自查表。
联系人：鲁文婷，电话：0736-8820417，邮箱：haichuanaq@example.com。
附件：学校食堂餐具消毒自查表
""",
    ),
    dict(
        slug="edu-fanlin-school-basket-labour",
        site="粝溪中学 (invented)",
        style="教育门户",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.lixizx.example/news/show-2211.html",
        title="粝溪中学“编菜篮”劳动教育课程总结",
        record_title="粝溪中学“编菜篮”劳动教育课程总结_校园动态_粝溪中学",
        date="2024-07-05",
        notes="text page of a school site; 成文日期; a numbered list; print stamp not a date",
        page="""
!m 粝溪中学 LIXI MIDDLE SCHOOL
!m 首页 / 校园动态 / 劳动教育
{T}
!m 打印于 2024-07-15 10:02　作者：教务处
{BODY}
!a [返回列表] [打印文章]
!m 地址：粝溪镇学府路6号　邮编：421599
""",
        body="""
本学期，学校开设“编菜篮”劳动教育课程，七年级8个班共386名学生参加。
课程邀请村里的老篾匠授课，学生学会了破篾、起底、编身、收口四道工序，共编成菜篮290只。
主要收获有三点：
1.学生动手能力明显提高。
2.学生更懂得珍惜劳动成果。
3.课程作品在义卖活动中售出，所得2100元捐给了学校爱心基金。
下学期，我们将把课程推广到八年级。
粝溪中学教务处
2024年7月5日
""",
    ),
    dict(
        slug="oa-yanxiang-minutes-salt-jar-line",
        site="鹾城盐业公司协同办公平台 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.cuocheng-salt.example/doc/view?id=20240522-07",
        title="关于盐罐包装线改造的会议纪要",
        record_title="内部公文-关于盐罐包装线改造的会议纪要",
        date="2024-05-22",
        notes="OA view with 流转记录 and read count; minutes' 时间/地点/主持/参会/记录 lines",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>内部公文-关于盐罐包装线改造的会议纪要</title><script src="/oa/js/flow.js"></script></head><body>
<div class="oa-hd">⟦m 鹾城盐业协同办公⟧ ⟦m 当前用户：钱志伟⟧ ⟦a 退出系统⟧</div>
<div class="oa-menu">⟦m 待办事项⟧ ⟦m 已办事项⟧ ⟦m 公文查阅⟧</div>
<h3>{T}</h3>
<div>⟦m 拟稿部门：生产部　密级：内部　已读 37 人⟧</div>
{BODY}
<div class="flow"><h4>⟦m 流转记录⟧</h4><p>⟦m 生产部 钱志伟 拟稿 → 总经理 审阅 → 分发各部门⟧</p></div>
<div class="oa-btn">⟦a 签收 转办 归档⟧</div>
</body></html>
""",
        body="""
时间：2024年5月22日下午
地点：公司三楼会议室
主持：副总经理 窦海峰
参会：生产部、设备部、质检部负责人
记录：钱志伟
会议研究了盐罐包装线改造事宜，形成以下意见：
一、同意将现有手工装罐改为半自动灌装，设备部6月底前完成设备选型。
二、新包装线使用500克食品级塑料盐罐，质检部负责制定验收标准。
三、改造期间生产部调整排班，确保订单按时交付。
""",
    ),
    dict(
        slug="oa-tengfeng-report-chair-export",
        site="馓田藤业内网 (invented)",
        style="企业内网",
        genre="述职报告",
        kind="report",
        form="text",
        source="http://intra.santian-rattan.example/hr/report/2025-01-08",
        title="外贸部经理2024年度述职报告",
        record_title="外贸部经理2024年度述职报告",
        date="2025-01-08",
        notes="text intranet view; title as in the record; Chinese-numeral date",
        page="""
!m 馓田藤业 · 员工门户
!m 位置：人事中心 > 年度述职 > 查看
{T}
!m 提交人：邵立新　阅读权限：中层以上
{BODY}
!a 【批注】【导出】【返回】
!d 内部资料，严禁外传
""",
        body="""
2024年，外贸部在公司领导下，全年出口藤椅3.4万把，出口额同比增长18%。
一是开拓新市场，新增东南亚客户6家。
二是改进包装，藤椅采用可拆装结构，每个货柜多装40把，运费下降一成。
三是加强售后，客户投诉率降至0.5%以下。
不足之处是新品开发较慢。明年我将重点抓好户外藤椅系列的开发。
述职人：邵立新
二〇二五年一月八日
""",
    ),
]
