"""holdout47, part E: an urban-management auxiliary recruitment exam, a refinery's bid result,
an IP law firm's lecture, a parcel locker notice, a mountaineering association's annual
meeting, a courier company's letter, a sign-language school, a social-insurance summary in a
writing app, an exam forum's waste-sorting post, a river-chief encyclopaedia entry, a stroke
nursing plan on a cloud drive and a vehicle office's notice in a text cache. All invented."""

CASES = [
    dict(
        slug="renshi-zanhu-chengguan-aux-exam-html",
        site="瓒湖县人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://rsks.zanhu.example.gov.cn/kwgg/2025/0820/5521.html",
        title="瓒湖县城市管理局2025年公开招聘城管协管员笔试公告",
        record_title="【考务公告】瓒湖县城市管理局2025年公开招聘城管协管员笔试公告",
        date="2025-08-20",
        notes="exam portal HTML: decorated title; a floating 在线咨询 box and the site's technical line beside the committee's own 咨询电话; an exam timetable table; 打印准考证 as content",
        page="""
<html><head><meta charset="utf-8"><title>瓒湖县人事考试网</title></head><body>
<div class="logo">⟦m 瓒湖县人事考试网⟧</div>
<div class="menu">⟦m 网站首页 考试公告 成绩查询 考生须知 政策法规⟧</div>
<div class="login">⟦a 考生登录 | 注册 | 找回密码⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 信息来源：县人社局考试中心　发布时间：2025-08-20　【字号：大 中 小】⟧</div>
{BODY}
<div class="kf">⟦w 在线咨询（工作日 9:00-17:00）⟧</div>
<div class="foot">⟦m 系统技术支持电话：0739-7253399⟧<br>⟦m 主办：瓒湖县人力资源和社会保障局⟧</div>
</body></html>
""",
        body="""
瓒湖县城市管理局2025年公开招聘城管协管员笔试定于8月30日举行，现将有关事项公告如下。
一、考试时间和科目
日期　时间　科目
8月30日　9:00—11:00　综合基础知识
二、打印准考证：请考生于8月26日至8月29日登录本网站打印准考证，未按时打印的，责任自负。
三、考生须携带准考证和有效身份证件，提前三十分钟到达考点。
四、咨询电话：0739-7251262（县城市管理局政工股）。
瓒湖县城市管理局
2025年8月20日
""",
    ),
    dict(
        slug="tender-lihua-catalyst-bid-result-table",
        site="栎阳石化电子招标平台 (invented)",
        style="招投标网",
        genre="公示",
        kind="notice",
        form="text",
        source="https://zb.lyshihua.example.com.cn/gs/2025/06/ZB-2025-0188.html",
        title="栎阳石化2025年催化剂采购项目中标候选人公示",
        record_title=None,
        date="2025-06-12",
        notes="company tender platform text: no record title (the title on the page); a candidates table kept; objection contacts kept beside the platform's CA hotline; a 公示期 sentence with dates",
        page="""
!m 栎阳石化电子招标平台　阳光采购 诚信合作
!m 首页 > 结果公示 > 中标候选人公示
{T}
!m 项目编号：ZB-2025-0188　发布时间：2025-06-12 17:00
{BODY}
!a 我要提出异议（需登录）
!m 平台CA及技术服务：400-780-1122
!l 上一条：检修脚手架租赁项目招标公告
""",
        body="""
栎阳石化2025年催化剂采购项目已于2025年6月10日开标、评标，现将中标候选人公示如下。
排名　候选人　投标报价（万元）
第一名　湘楚催化材料有限公司　1268.40
第二名　沅江新材料科技有限公司　1291.00
第三名　华峰化工助剂有限公司　1307.55
公示期为2025年6月13日至6月15日。投标人对公示结果有异议的，应在公示期内以书面形式提出。
联系人：物资采购中心 洪波，电话：0731-5586021。
""",
    ),
    dict(
        slug="lawfirm-mingquan-trademark-lecture-html",
        site="铭权知识产权律师事务所 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="speech",
        form="html",
        source="https://www.mingquan-ip.example.com/insights/2025/trademark-smb.html",
        title="中小企业如何防范商标侵权风险——在翊川市中小企业服务中心的讲座",
        record_title="中小企业如何防范商标侵权风险——在翊川市中小企业服务中心的讲座丨铭权观点",
        date="2025-05-16",
        notes="IP law firm HTML: 铭权观点 column decoration; speaker line and date under the title; a not-advice notice; a consult form; lawyer cards in a sidebar",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>中小企业如何防范商标侵权风险——在翊川市中小企业服务中心的讲座丨铭权观点</title></head><body>
<header>⟦m 铭权知识产权律师事务所　MINGQUAN IP LAW⟧</header>
<nav>⟦m 关于我们 业务领域 专业团队 铭权观点 联系我们⟧</nav>
<main><h1>{T}</h1>
<p class="auth">铭权律所高级合伙人　齐远航</p>
<p class="auth">（2025年5月16日）</p>
{BODY}
<p class="disc">⟦d 本文仅为作者观点分享，不构成对任何具体事项的法律意见。⟧</p></main>
<aside>⟦l 团队律师：齐远航 ｜ 苏沐 ｜ 贺嘉⟧<br>⟦w 提交您的问题，24小时内律师回电⟧</aside>
<footer>⟦m 地址：翊川市科创大道200号财富中心18层　电话：0731-88229100⟧</footer>
</body></html>
""",
        body="""
各位企业家朋友：
今天我想结合几个实际案例，和大家谈谈中小企业在商标方面最容易踩的坑。
第一，先用后注册。不少企业产品已经卖了好几年，商标却还没有申请，结果被他人抢注，只能被迫更换品牌。
第二，只注册一个类别。商标保护以类别为界，企业应当在核心商品和关联商品类别上都做好布局。
第三，包装装潢近似他人知名商品。即使没有使用相同商标，也可能构成不正当竞争。
建议大家每年做一次商标体检，发现侵权线索及时固定证据，必要时委托专业机构处理。
""",
    ),
    dict(
        slug="community-liuxiang-parcel-locker-notice",
        site="柳巷社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="https://liuxiang-sq.example.com/notice/2025-10-09.html",
        title="关于小区快递驿站搬迁及智能快递柜启用的通知",
        record_title="关于小区快递驿站搬迁及智能快递柜启用的通知【社区通知】",
        date="2025-10-09",
        notes="residents' site: decorated title; the station's own phone kept beside the site's property hotline; a 点赞/留言 bar; the notice tells residents to 扫码 as content; a chrome line between paragraphs",
        page="""
!m 柳巷社区服务网　您身边的管家
!m 物业24小时热线：0745-6099988
!t 关于小区快递驿站搬迁及智能快递柜启用的通知
!m 社区公告｜2025-10-09｜阅读 802
{BODY}
!l 👍 点赞 36　💬 留言 14
!l 上一条：关于冬季供暖试水的通知
""",
        body="""
各位业主：
为改善小区收寄快递环境，小区快递驿站将于10月12日由3栋架空层搬迁至南门商业街12号门面。
同时，小区东门、西门各新增一组智能快递柜，居民可扫描柜体二维码取件，超过二十四小时收取保管费。
⟦a 想要更多社区优惠？点这里领券 >>⟧
搬迁期间如有包裹查询，请联系驿站负责人小何，电话：13974508821。
柳巷社区居委会　柳巷物业服务中心
2025年10月9日
""",
    ),
    dict(
        slug="association-dengshan-annual-speech-html",
        site="珂口县登山户外运动协会 (invented)",
        style="行业协会",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.kkdengshan.example.org.cn/xhdt/2025/0112/88.html",
        title="在珂口县登山户外运动协会2025年会员大会上的工作报告",
        record_title="在珂口县登山户外运动协会2025年会员大会上的工作报告",
        date="2025-01-12",
        notes="association HTML: member login, a join button, a photo album sidebar; the speaker line and date under the title neutral; the report's numbers table kept",
        page="""
<html><head><meta charset="utf-8"><title>珂口县登山户外运动协会</title></head><body>
<div class="top">⟦a 会员登录　入会申请　领队认证查询⟧</div>
<div class="logo">⟦m 珂口县登山户外运动协会　安全户外 快乐登山⟧</div>
<div class="nav">⟦m 协会简介 | 协会动态 | 活动报名 | 安全课堂 | 联系我们⟧</div>
<h2>{T}</h2>
<p>协会主席　龙建国</p>
<p>（2025年1月12日）</p>
{BODY}
<div class="side">⟦l 精彩相册：龙脊岭秋季穿越 ｜ 冰雪训练营⟧</div>
<div class="foot">⟦d ©珂口县登山户外运动协会　未经许可请勿转载图片⟧</div>
</body></html>
""",
        body="""
各位会员：
2024年，协会在县体育局的指导下，坚持安全第一、规范办会，各项工作取得新进展。
一年来主要数据如下：
项目　2023年　2024年
组织活动　48次　63次
参加人次　1520　2108
安全事故　0　0
这一年，协会还加强了领队培训，新认证领队十二名，全部持证带队。
2025年，协会将完善户外活动报备制度，建设县级山地救援志愿队，让更多群众安全地走进山野。
""",
    ),
    dict(
        slug="corp-sudi-express-letter-customers",
        site="速递通快递公司 (invented)",
        style="企业官网",
        genre="信",
        kind="letter",
        form="text",
        source="https://www.sudiexpress.example.com/notice/2025/0120.html",
        title="春节期间服务安排致客户的一封信",
        record_title="春节期间服务安排致客户的一封信 - 速递通官网",
        date="2025-01-20",
        notes="company site text: a track-your-parcel box, a customer-service line beside the letter's own 客服热线 (the same company: the letter's line kept); app-download prompt; 致 letter with signature date",
        page="""
!m 速递通快递　使命必达
!a 运单查询：请输入运单号　[查询]
!m 首页 / 服务公告
{T}
!m 2025-01-20　速递通总部
{BODY}
!a 下载速递通APP，寄件享9折
!m 速递通快递有限公司 版权所有　在线客服 7×24小时
""",
        body="""
尊敬的客户：
感谢您一直以来对速递通的信任与支持！春节将至，现将我公司春节期间服务安排告知如下。
一、1月26日至2月4日期间，全网正常收派，但部分偏远地区派送时效延长一至三天。
二、春节期间寄递生鲜、易碎品，请选择加固包装，贵重物品建议保价。
三、如需查询或投诉，请拨打客服热线95338，或登录官网在线留言。
祝您新春愉快，阖家幸福！
速递通快递有限公司
2025年1月20日
""",
    ),
    dict(
        slug="training-shouyu-school-enrol-html",
        site="手心相连手语培训学校 (invented)",
        style="培训机构",
        genre="简章",
        kind="notice",
        form="html",
        source="https://www.shouxinxl.example.com/zsjz/2025spring.html",
        title="手心相连手语培训学校2025年春季班招生简章",
        record_title=None,
        date="2025-02-10",
        notes="training-school HTML: no record title; a course table kept; the school's own 报名电话 kept beside a floating 免费试听 box; a trial-class button glued after a paragraph",
        page="""
<html><head><meta charset="utf-8"><title>招生简章_手心相连</title></head><body>
<div class="hd">⟦m 手心相连手语培训学校　让沟通无障碍⟧</div>
<div class="nav">⟦m 首页 | 课程设置 | 师资团队 | 招生简章 | 学员风采⟧</div>
<div class="art"><h1>{T}</h1>
<p class="dt">⟦m 发布日期：2025年2月10日　浏览：1102⟧</p>
{BODY}
</div>
<div class="float">⟦w 免费试听 ｜ 400-066-1718 ｜ 在线留言⟧</div>
<div class="ft">⟦m 办学许可证号：教民143110270000081号⟧</div>
</body></html>
""",
        body="""
为满足社会各界学习手语的需求，本校2025年春季班现已开始招生。
一、课程设置
班级　课时　学费
手语入门班　32课时　1200元
手语翻译提高班　64课时　2600元
二、授课方式：每周六、周日上课，聘请聋人教师和资深手语翻译员共同授课。⟦a 【点击预约试听课】⟧
三、结业考核合格的学员颁发结业证书，优秀学员推荐参加全市公共服务手语志愿服务。
报名电话：0731-85529066（周一至周六）
""",
    ),
    dict(
        slug="app-miaobi-shebao-summary-share-html",
        site="妙笔公文APP (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://m.miaobigongwen.example.com/share/doc?id=7781304",
        title="县社会保险事业中心2025年上半年工作总结",
        record_title="县社会保险事业中心2025年上半年工作总结（可编辑）",
        date=None,
        notes="writing-app HTML share: open-in-app banner, a fold with 'open the app to read on', a bottom bar; no date (a year in the title only; created 昨天)",
        page="""
<!DOCTYPE html><html><head><meta name="viewport" content="width=device-width"><title>县社会保险事业中心2025年上半年工作总结（可编辑）</title></head><body>
<div class="open">⟦a 妙笔公文APP内打开，一键生成同类材料⟧</div>
<h1>{T}</h1>
<div class="who">⟦m 妙笔用户 a_qing　昨天 18:22　已被收藏 57 次⟧</div>
{BODY}
<div class="fold">⟦a 打开APP，继续阅读全文⟧</div>
<div class="bar">⟦a 复制　收藏　改写　转发⟧</div>
</body></html>
""",
        body="""
今年上半年，中心紧紧围绕参保扩面、基金安全和经办服务三项重点，各项工作有序推进。
一、参保扩面稳步推进。全县企业职工养老保险新增参保二千一百人，灵活就业人员参保意愿明显提升。
二、基金监管持续加强。开展待遇领取资格认证和重复领取待遇专项核查，追回违规领取资金十八万元。
三、经办服务不断优化。社保业务网上办、掌上办比例达到百分之七十六，窗口平均等候时间缩短至十分钟。
下半年，中心将重点抓好新就业形态人员职业伤害保障试点和社保卡居民服务一卡通工作。
""",
    ),
    dict(
        slug="gkforum-qingdeng-waste-sorting-post-junk",
        site="青灯公考论坛 (invented)",
        style="公考论坛",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://bbs.qingdenggk.example.com/thread-61205-1-1.html",
        title="推进生活垃圾分类的几点思考",
        record_title="[申论范文] 推进生活垃圾分类的几点思考（附点评）",
        date=None,
        notes="exam-forum text with junk lines and glued junk; decorated title; post time relative; floors and a moderator's rating line",
        junk=dict(lines=1, glued=3),
        page="""
!m 青灯公考论坛 › 申论交流区
!t [申论范文] 推进生活垃圾分类的几点思考（附点评）
!m 作者：上岸小分队　｜　昨天 23:40　｜　回复 19
{BODY}
!m 版主评分：+3 思路清晰，论据可以再丰富
!l 2楼 橘子汽水：这个开头可以借鉴
!l 3楼 冲刺省考：求点评的完整版
""",
        body="""
生活垃圾分类是一项关系群众生活环境、关系资源节约的民生工程，看似小事，实则考验城市治理水平。
推进垃圾分类，首先要让群众愿意分。要通过积分兑换、绿色账户等方式，把外在要求变成居民的自觉行动。
其次要让群众方便分。投放点设置要合理，分类标识要通俗易懂，不能让居民拿着垃圾找不到桶。
最后要保证分了有用。分类投放、分类收集、分类运输、分类处理各环节要衔接顺畅，防止“先分后混”。
只有久久为功，垃圾分类才能真正成为新时尚。
""",
    ),
    dict(
        slug="baike-zhishi-river-chief-entry-html",
        site="知识树百科 (invented)",
        style="百科问答",
        genre="百科",
        kind="other",
        form="html",
        source="https://www.zhishishu-baike.example.com/wiki/河长制",
        title="河长制",
        record_title="河长制 - 知识树百科",
        date=None,
        notes="encyclopaedia HTML: an info box, catalogue, edit links, references; example years and dates inside sentences are no date; a decimal-free heading list kept",
        page="""
<html><head><meta charset="utf-8"><title>河长制 - 知识树百科</title></head><body>
<div class="top">⟦m 知识树百科 · 自由的中文知识库⟧　⟦a 登录 创建词条⟧</div>
<h1>{T}</h1>
<div class="tools">⟦a [编辑] [历史] [讨论] [收藏]⟧</div>
<table class="infobox"><tr><td>⟦m 中文名：河长制⟧</td></tr><tr><td>⟦m 类别：水环境治理制度⟧</td></tr></table>
<div class="toc">⟦l 目录：1 概述 2 主要任务 3 组织形式⟧</div>
{BODY}
<div class="ref">⟦l 参考资料：1. 河湖管护制度研究文集⟧</div>
<div class="foot">⟦d 本页面最后修订于3天前，文字内容遵循知识共享协议⟧</div>
</body></html>
""",
        body="""
河长制是由各级党政主要负责人担任河长，负责组织领导相应河湖的管理和保护工作的制度。
概述
河长制最早在部分地方试点，后在全国推开，形成省、市、县、乡四级河长体系，有的地方延伸到村级。
主要任务
主要任务包括加强水资源保护、河湖水域岸线管理保护、水污染防治、水环境治理、水生态修复和执法监管。
组织形式
各级河长负责组织领导相应河湖的管理和保护，河长制办公室承担具体组织实施工作。
""",
    ),
    dict(
        slug="netdisk-yunhai-stroke-nursing-plan-html",
        site="云海网盘 (invented)",
        style="网盘分享",
        genre="计划",
        kind="plan",
        form="html",
        source="https://pan.yunhai.example.com/share/init?surl=Kx81Pq",
        title="神经内科2025年卒中专科护理培训计划",
        record_title="神经内科2025年卒中专科护理培训计划.docx",
        date="2025-01-06",
        notes="cloud-drive HTML: .docx file-name title, online preview frame, save/download buttons, a sharer line with an expiry; a training table kept",
        page="""
<html><head><meta charset="utf-8"><title>神经内科2025年卒中专科护理培训计划.docx_免费高速下载|云海网盘</title></head><body>
<div class="hd">⟦m 云海网盘　超大空间 极速分享⟧</div>
<div class="file">⟦t 神经内科2025年卒中专科护理培训计划.docx⟧</div>
<div class="sharer">⟦m 分享者：护理部小芸　失效时间：永久有效　文件大小：41.2K⟧</div>
<div class="btns">⟦a 保存到网盘⟧ ⟦a 下载(36.2K)⟧</div>
<div class="preview">⟦m 在线预览⟧
{BODY}
</div>
<div class="tip">⟦d 网盘文件由用户分享，请自行甄别内容安全性⟧</div>
</body></html>
""",
        body="""
为提高卒中专科护理水平，结合科室实际，制定2025年护理培训计划。
一、培训对象：神经内科全体护士，重点为工作五年以内的年轻护士。
二、培训安排
月份　内容　形式
1—3月　卒中识别与急救流程　理论授课
4—6月　吞咽功能评估与早期康复　床旁示教
7—9月　溶栓患者的观察与护理　情景模拟
三、考核要求：每季度进行一次理论和操作考核，成绩纳入个人绩效。
神经内科护理组
2025年1月6日
""",
    ),
    dict(
        slug="snapshot-text-chegsuo-inspection-notice",
        site="网页快照 / 琮山县公安局交通警察大队 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://snapshot.chazhao.example.com/q?url=jj.congshan.example.gov.cn/tz/0905.html",
        title="关于车辆检验业务延时服务的通知",
        record_title="关于车辆检验业务延时服务的通知",
        date="2025-09-05",
        notes="text-only search cache: a cache banner line with the snapshot time (no date) and a link line; keywords line; the notice's own 咨询电话 kept",
        page="""
!m 【网页快照】以下是该网页在 2025-10-21 06:14 的存档，仅供参考
!d 快照内容可能与原网页不同，原网页已更新请以原网页为准
!m 原网址：jj.congshan.example.gov.cn/tz/0905.html
!m 您搜索的关键词：车辆检验 延时
!m 琮山县公安局交通警察大队 > 通知公告
{T}
!m 发布时间：2025年09月05日
{BODY}
!l 【相关链接】机动车免检车辆申领标志流程
""",
        body="""
为方便群众办理车辆检验业务，琮山县机动车检测站自9月8日起实行延时服务。
一、工作日延时至19时，周六、周日正常办理业务。
二、六年以内的非营运小型客车免予上线检验，可在交管服务平台直接申领检验标志。
三、办理车辆检验时请携带行驶证、交强险保单，车辆须无未处理的违法记录。
咨询电话：0739-6627122。
琮山县公安局交通警察大队
2025年9月5日
""",
    ),
]
