"""holdout155, part E: 社区网站, 行业协会, 企业官网, 培训机构, 范文APP. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="community-xiangyang-notice-sketch-troupe",
        site="向阳社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.xiangyangsq.org/sqdt/2024/1205-671.html",
        title="关于社区小品剧团迎新春演出排练安排的通知",
        record_title="关于社区小品剧团迎新春演出排练安排的通知",
        date="2024-12-05",
        notes="residents' site; a rehearsal timetable; a join-volunteers button glued after a line; the troupe's own contact kept beside the community hotline",
        page="""
!m 向阳社区网 — 邻里守望　温暖向阳
!m 首页 › 社区动态 › 通知公告
{T}
!m 发布：社区文体队　　时间：2024-12-05　　浏览：208
{BODY}
!m 社区服务热线：0576-85557100（24小时）
!l 上一条：冬季用电安全提示　　下一条：社区老年食堂一月菜单
!a 分享到邻里群
""",
        body="""
各位演员和志愿者：
社区小品剧团今年的迎新春演出定于2025年1月18日晚在社区文化广场举行。为保证演出质量，现将排练安排通知如下：
剧目　排练时间　地点
《楼道里的灯》　每周二、周四 19:00—20:30　社区活动中心二楼
《老张的快递》　每周三、周五 19:00—20:30　社区活动中心二楼
联排　1月11日、1月15日 14:00　文化广场
请各位演员按时参加排练，因事不能参加的请提前向导演请假。道具组需要志愿者3名，欢迎热心居民报名。⟦a 我要报名当志愿者⟧
联系人：社区文体队 潘红梅，电话：13706571845。
向阳社区居委会
2024年12月5日
""",
    ),
    dict(
        slug="community-jinxiu-notice-radiator-html",
        site="锦绣里社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jinxiuli.sqfw.net/notice/2024/09/radiator-replacement",
        title="锦绣里小区老旧暖气片更换工程入户施工通知",
        record_title="锦绣里小区老旧暖气片更换工程入户施工通知-锦绣里社区",
        date="2024-09-18",
        notes="community site HTML with sidebar services; building schedule table; residents asked to 扫码预约 (kept); byline date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>锦绣里小区老旧暖气片更换工程入户施工通知-锦绣里社区</title>
<script src="/js/sq.js"></script></head><body>
<div class="head">⟦m 锦绣里社区⟧ ⟦m 椴河街道锦绣里社区居委会⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 社区公告⟧ ⟦m 便民服务⟧ ⟦m 党群服务⟧ ⟦m 邻里之间⟧</div>
<div class="main"><h2>{T}</h2>
<p class="meta">⟦m 2024年9月18日　社区物业办⟧</p>
{BODY}
<p class="op">⟦a 打印本通知⟧ ⟦l 转发给邻居⟧</p></div>
<div class="side"><h4>⟦l 便民服务⟧</h4><p>⟦l 水电气缴费⟧</p><p>⟦l 家政预约⟧</p><p>⟦l 失物招领⟧</p></div>
<div class="foot">⟦m 社区值班电话：0471-6235510⟧ ⟦m 锦绣里社区 版权所有⟧</div>
</body></html>
""",
        body="""
各位居民：
锦绣里小区老旧供热管网改造工程已进入入户施工阶段，将为1至12号楼更换老化铸铁暖气片。为确保供暖季前完工，现将入户施工安排通知如下：
楼号　施工时间　施工单位
1—4号楼　9月23日—9月30日　椴河热力安装公司一队
5—8号楼　10月8日—10月15日　椴河热力安装公司二队
9—12号楼　10月16日—10月23日　椴河热力安装公司一队
请各户居民扫描单元门上的二维码预约入户时间，施工当天家中须留人。施工人员均佩戴工作证，请居民注意核实。
暖气片更换费用由改造项目承担，居民不需缴纳任何费用。如有人以此名义收费，请及时向社区反映。
锦绣里社区居委会
2024年9月18日
""",
    ),
    dict(
        slug="association-chunjian-speech-soda-ash-html",
        site="纯碱行业协会 (invented)",
        style="行业协会",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.chunjianxh.org.cn/xhdt/2024/0425/1183.html",
        title="在纯碱行业协会第五届会员大会上的工作报告",
        record_title="【协会动态】在纯碱行业协会第五届会员大会上的工作报告",
        date="2024-04-25",
        notes="association site; date line and speaker under the title (neutral); decimal-free numbered sections; member login and WeChat box chrome",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【协会动态】在纯碱行业协会第五届会员大会上的工作报告</title>
<script src="/assets/xh.js"></script></head><body>
<div class="top">⟦m 楝江省纯碱行业协会⟧ ⟦a 会员登录⟧ ⟦a 入会申请⟧</div>
<div class="nav">⟦m 协会概况⟧ ⟦m 协会动态⟧ ⟦m 行业资讯⟧ ⟦m 政策法规⟧ ⟦m 会员风采⟧</div>
<div class="c"><h1>{T}</h1>
<p class="d">2024年4月25日</p>
<p class="s">协会会长　冯启明</p>
{BODY}
</div>
<div class="wx">⟦a 微信扫一扫，关注协会公众号⟧</div>
<div class="ft">⟦m 协会秘书处地址：楝江市化工大道66号　电话：0577-88213305⟧ ⟦m 楝江省纯碱行业协会 © 2024⟧</div>
</body></html>
""",
        body="""
各位会员代表：
我受第四届理事会委托，向大会报告五年来的工作，请予审议。
一、五年来的主要工作
五年来，协会围绕服务会员、规范行业、反映诉求三项职能开展工作。一是组织行业节能降碳对标，全省氨碱法、联碱法企业单位产品综合能耗分别下降9.6%和7.8%。二是推动行业自律，组织制定了《纯碱产品质量自律公约》，会员企业产品抽检合格率保持在99%以上。三是积极反映企业诉求，就原盐供应、铁路运力等问题向有关部门提交建议12份，多数得到采纳。
二、存在的不足
协会服务中小会员的手段还不多，行业数据统计的及时性有待提高，秘书处人员力量仍显不足。
三、今后五年的工作建议
新一届理事会要聚焦绿色低碳转型，推动废渣、废液综合利用；加强行业运行监测，按月发布产销数据；搭建上下游对接平台，帮助会员企业稳定原料和市场。
以上报告，请大会审议。
""",
    ),
    dict(
        slug="association-nizi-pledge-putty-powder",
        site="建筑腻子粉行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.nzfxh.cn/news/show-5530.html",
        title="腻子粉行业质量诚信自律倡议书",
        record_title="[协会倡议] 腻子粉行业质量诚信自律倡议书 - 建筑腻子粉行业协会",
        date="2024-07-12",
        notes="association text page; bracket tag and site suffix in the record title; a numbered pledge; a join-prompt between paragraphs; 成文日期",
        page="""
!m 建筑腻子粉行业协会　|　nzfxh.cn
!m 您在这里：首页 » 协会通知 » 倡议
!t [协会倡议] 腻子粉行业质量诚信自律倡议书
!m 录入：秘书处　　点击数：563
{BODY}
!l 【附件下载】　【会员名录】　【返回】
!m 协会秘书处电话：0578-2235106　邮箱：nzfxh@nzfxh.cn
""",
        body="""
全省腻子粉生产企业：
近年来，我省腻子粉行业发展迅速，但部分企业偷工减料、虚标产品等级、使用劣质填料的问题时有发生，损害了消费者利益和行业形象。为此，协会向全体会员企业和全省腻子粉生产企业发出如下倡议：
一、严格执行国家和行业标准，按标准组织生产，不偷工减料，不以次充好。
二、如实标注产品类型、适用范围和生产日期，不虚标耐水等级，不夸大宣传。
⟦a 尚未入会的企业，可在协会网站首页点击“入会申请”⟧
三、不使用国家明令淘汰的原料和工艺，不生产甲醛等有害物质超标的产品。
四、诚信经营，不低价倾销，不恶意诋毁同行。
五、自觉接受社会监督，对协会抽查发现的问题及时整改。
让我们携起手来，以质量求生存，以诚信谋发展，共同维护行业健康发展！
省建筑腻子粉行业协会
2024年7月12日
""",
    ),
    dict(
        slug="corp-huoxing-recall-spark-plugs-html",
        site="火星点火系统官网 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.huoxing-ignition.com/news/notice/20240823.html",
        title="关于召回部分批次铱金火花塞的公告",
        record_title="关于召回部分批次铱金火花塞的公告_新闻中心_火星点火系统",
        date="2024-08-23",
        notes="company site; affected batches table; a customer service line kept in the body; a sentence about 扫码查验 kept; sales-line chrome in the footer",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于召回部分批次铱金火花塞的公告_新闻中心_火星点火系统</title>
<script src="/js/corp.min.js"></script></head><body>
<div class="header">⟦m 火星点火系统⟧ ⟦m HUOXING IGNITION⟧ <span>⟦m 中文 | EN⟧</span></div>
<div class="nav">⟦m 首页⟧ ⟦m 关于火星⟧ ⟦m 产品中心⟧ ⟦m 新闻中心⟧ ⟦m 服务支持⟧ ⟦m 加入我们⟧</div>
<div class="banner">⟦m 点燃每一次出发⟧</div>
<div class="pos">⟦m 首页 > 新闻中心 > 公司公告⟧</div>
<div class="news"><h1>{T}</h1><p class="date">⟦m 2024-08-23　阅读 1,904⟧</p>
{BODY}
</div>
<div class="pn">⟦l 上一篇：火星点火系统通过IATF 16949复审⟧ ⟦l 下一篇：公司参加2024汽配展⟧</div>
<div class="footer">⟦w 经销商合作热线：400-660-8871⟧ ⟦m 火星点火系统（楸岭）股份有限公司　浙ICP备16022917号⟧</div>
</body></html>
""",
        body="""
尊敬的用户和经销商朋友：
我公司在质量追溯中发现，2024年5月至6月生产的部分批次铱金火花塞，因中心电极焊接工序参数偏差，个别产品在长期高负荷使用后可能出现电极脱落，导致发动机失火。为确保用户安全，我公司决定主动召回上述产品。
涉及批次如下：
产品型号　生产批次　数量
HX-IR7　240512—240608　18600只
HX-IR8　240520—240603　9400只
用户可扫描产品包装盒上的二维码查验是否属于召回范围。属于召回范围的，可到购买门店或我公司授权服务站免费更换，并报销更换工时费。
召回咨询电话：0578-2218890（工作日8:30—17:30）。
对此给用户带来的不便，我们深表歉意。
火星点火系统（楸岭）股份有限公司
2024年8月23日
""",
    ),
    dict(
        slug="corp-ruifeng-news-saw-blades-text",
        site="锐锋锯业官网 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.ruifengsaw.com/news/company/188.html",
        title="锐锋锯业金刚石锯片生产线技改项目通过验收",
        record_title="锐锋锯业金刚石锯片生产线技改项目通过验收",
        date="2024-06-14",
        notes="company news text page; title glued to the first sentence; photo caption between paragraphs; footer with product links",
        page="""
!m 锐锋锯业 · 锋利每一刀
!m 首页｜产品中心｜新闻动态｜技术支持｜联系我们
!m 新闻动态 / 公司新闻
!m 发布日期：2024-06-14　　来源：综合办公室
{T}{BODY}
!l 产品推荐：石材切割锯片｜陶瓷干切片｜金刚石绳锯
!m 锐锋锯业（芰湾）有限公司　地址：芰湾经济开发区锯业路9号　销售热线：0576-85112366
""",
        body="""
6月13日，公司金刚石锯片生产线智能化技术改造项目通过县经信局组织的专家验收。
该项目总投资2600万元，新增激光焊接机器人12台、自动冷压成型线2条和在线检测设备6套，对原有烧结、开刃、包装工序进行了自动化改造。验收专家组现场查看了生产线运行情况，审阅了项目资料，一致同意通过验收。
⟦m 图：验收专家组在激光焊接车间查看生产线。（综合办 供图）⟧
技改完成后，锯片生产效率提高45%，产品不良率由2.3%降至0.9%，单位产品能耗下降18%。公司年产金刚石锯片能力由300万片提升到500万片。
公司负责人表示，下一步将加快新产品研发，重点开发用于岩板和新型墙材切割的高端锯片，力争三年内高端产品占比达到40%。
""",
    ),
    dict(
        slug="training-jingsuan-brochure-actuarial-html",
        site="精算之路培训 (invented)",
        style="培训机构",
        genre="简章",
        kind="other",
        form="html",
        source="https://www.jingsuanzhilu.com/course/2025-spring-brochure.html",
        title="2025年春季精算师资格考试培训班招生简章",
        record_title="2025年春季精算师资格考试培训班招生简章（附课程安排）-精算之路",
        date="2024-12-16",
        notes="training school with floating consult box, course ads, giveaways; course table; the school's own 报名电话 kept beside a 400 line; date under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>2025年春季精算师资格考试培训班招生简章（附课程安排）-精算之路</title>
<script src="/js/kf53.js"></script></head><body>
<div class="top">⟦m 精算之路培训⟧ ⟦m 十二年专注精算考试辅导⟧ ⟦w 全国咨询热线 400-808-6618⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 课程体系⟧ ⟦m 师资团队⟧ ⟦m 学员喜报⟧ ⟦m 备考资料⟧</div>
<div class="promo">⟦a 限时优惠：12月31日前报名立减800元，再送历年真题解析⟧</div>
<div class="article"><h1>{T}</h1>
{BODY}
</div>
<div class="float">⟦w 在线咨询⟧ ⟦w 免费试听⟧ ⟦a 领取资料⟧</div>
<div class="footer">⟦m 精算之路（海镜）教育咨询有限公司 © 2013-2024⟧ ⟦m 沪ICP备13041590号⟧</div>
</body></html>
""",
        body="""
中国精算师资格考试准精算师部分每年春、秋两季举行。为帮助考生系统备考，本校开设2025年春季考试培训班，现将招生事项公布如下。
一、招生对象
准备参加2025年春季准精算师考试的在校学生和保险、金融从业人员，具备高等数学和概率论基础。
二、课程安排
科目　开课时间　课时
数学　2025年1月4日　48课时
金融数学　2025年1月5日　40课时
精算模型　2025年1月11日　48课时
寿险精算　2025年1月12日　40课时
三、上课方式
周末面授（海镜校区）与直播同步进行，课后提供回放，学员可下载讲义和习题。
四、收费标准
单科2800元，两科联报5200元，在校学生凭学生证九折。
五、报名方式
报名电话：0574-87725301（海镜校区教务处），或到校区前台现场报名。
精算之路（海镜）教育咨询有限公司
2024年12月16日
""",
    ),
    dict(
        slug="training-nongji-plan-biochar-farmers",
        site="丰禾农民培训学校 (invented)",
        style="培训机构",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.fenghepx.cn/xiangmu/2024/shengwutan.html",
        title="秸秆生物炭制备与还田技术培训实施方案",
        record_title="秸秆生物炭制备与还田技术培训实施方案_丰禾农民培训学校",
        date="2024-10-08",
        notes="a farmers' training school text page; _site suffix; 3 sessions table; 联系人 kept; a course ad between paragraphs on its own line",
        page="""
!m 丰禾农民培训学校｜新型职业农民培训基地
!m 首页　培训项目　师资介绍　学员风采　报名咨询
{T}
!m 发布时间：2024-10-08
{BODY}
!w 更多培训项目咨询：微信公众号“丰禾农培”
!d 本校为县农业农村局认定的高素质农民培育机构。
""",
        body="""
为推广秸秆生物炭制备与还田技术，减少秸秆焚烧，提升耕地质量，根据县农业农村局高素质农民培育计划，我校承担本期培训任务，特制定本方案。
一、培训对象
全县种粮大户、家庭农场主、农民专业合作社负责人和农机手，共90人。
二、培训内容
秸秆收集打捆、炭化炉操作、生物炭质量检测、生物炭基肥配制和还田方法，以及相关补贴政策解读。
⟦a 【限时】无人机植保证书班正在招生，名额有限⟧
三、培训安排
期次　时间　地点
第一期　10月15日—10月17日　菰阳镇农业综合服务中心
第二期　10月22日—10月24日　蔓川镇炭化示范点
第三期　10月29日—10月31日　学校本部
四、考核与结业
学员参加理论考试和实操考核，合格者颁发结业证书，并纳入高素质农民信息库。
联系人：教务处 严晓东，电话：0578-8265109。
丰禾农民培训学校
2024年10月8日
""",
    ),
    dict(
        slug="fanwenapp-xiezuobao-summary-headlights",
        site="写作宝APP (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://share.xiezuobao.app/article/8829371",
        title="车灯公司质量部2024年工作总结",
        record_title="车灯公司质量部2024年工作总结（通用版）",
        date=None,
        notes="writing-app share page; decorated record title; AI-rewrite and open-in-app buttons; no date anywhere (a 'x days ago' stamp only)",
        page="""
!a 打开写作宝APP，阅读体验更佳　　[立即打开]
!t 车灯公司质量部2024年工作总结（通用版）
!m 写作宝 · 范文库　　|　　5天前更新　　|　　2.4万人看过
!a ✦ AI一键改写　　✦ 换个风格　　✦ 续写
{BODY}
!a 登录后解锁全文，还可一键生成同类总结
!l 大家都在看：品质部年终总结｜IQC主管述职报告｜汽车零部件企业质量工作计划
!m 写作宝 © 北京某某科技有限公司
""",
        body="""
2024年，质量部在公司领导的带领下，围绕“零缺陷交付”目标，扎实推进质量体系运行和产品质量提升，全年各项质量指标基本完成。现总结如下。
一、主要指标完成情况
全年前照灯、尾灯总成出厂合格率99.62%，客户端PPM由去年的186降至97，未发生批量质量事故。
二、重点工作
（一）完善质量体系。顺利通过IATF 16949监督审核，关闭不符合项7项。
（二）加强过程控制。在注塑、镀铝、总装三个关键工序推行防错装置42项，灯具气密性检测实现100%全检。
（三）提升供应商质量。对LED模组、透镜等关键物料供应商开展现场审核15次，淘汰不合格供应商2家。
三、存在问题
新项目试生产阶段质量问题暴露较多，部分问题整改周期偏长；质量人员数据分析能力还需提高。
四、明年打算
明年，质量部将重点抓好新项目质量策划，推进质量数据信息化，力争客户端PPM控制在80以内。
""",
    ),
    dict(
        slug="fanwenapp-bimo-debrief-bedding-html",
        site="笔墨范文APP (invented)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://m.bimofanwen.com/share/d/661047?from=app",
        title="家纺公司床品事业部经理2024年度述职报告",
        record_title=None,
        date="2024-12-27",
        notes="mobile share page of a writing app (HTML): bottom bar, member unlock in the middle of the body, no record title; date under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>笔墨范文</title>
<script src="https://m.bimofanwen.com/js/share.js"></script></head><body>
<div class="app-banner">⟦a 笔墨范文APP｜30万篇公文范文随身带　去下载⟧</div>
<div class="doc"><h1>{T}</h1>
<p class="info">⟦m 来自：笔墨范文 · 述职报告频道　分享者：暖暖⟧</p>
{BODY}
</div>
<div class="bottom-bar">⟦a 复制全文⟧ ⟦a 导出Word⟧ ⟦a 收藏⟧ ⟦l 分享给好友⟧</div>
<div class="foot">⟦d 范文仅供参考，请结合实际修改使用⟧</div>
</body></html>
""",
        body="""
各位领导、同事们：
2024年，我担任床品事业部经理，负责四件套、被芯、枕芯三大品类的研发、生产和销售工作。下面，我将一年来的履职情况报告如下。
一、经营业绩
全年实现销售收入2.36亿元，同比增长11.4%；其中线上渠道销售8600万元，占比提高到36%。
二、主要工作
一是抓产品研发，推出天丝、长绒棉两个系列新品38款，其中“云眠”系列四件套成为年度爆款。
⟦a 开通会员解锁剩余内容，可查看完整范文并下载⟧
二是抓质量提升，联合面料供应商建立色牢度、缩水率联合检测机制，客户退货率下降1.2个百分点。三是抓渠道拓展，新开发区域经销商14家，进入3家连锁商超。
三、不足和改进
库存周转偏慢，部分滞销款式清理不及时；团队中年轻设计人员经验不足。明年，我将推行小批量快反生产模式，加强设计团队培养。
述职人：钱慧
2024年12月27日
""",
    ),
]
