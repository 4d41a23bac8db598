"""holdout119, part E: grass sledging (滑草) parks, their operators and safety. Invented text."""

CASES = [
    dict(
        slug="corp-lvpo-grass-sled-reopening-oneline",
        site="绿坡滑草乐园 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.lvpo-huacao.com/gonggao/2025-04-01.html",
        title="绿坡滑草乐园春季恢复开放公告",
        record_title="绿坡滑草乐园春季恢复开放公告_绿坡滑草乐园官网",
        date="2025-04-01",
        notes="whole body on one line; ticket-booking chrome; the notice's own 咨询电话 and 扫码 sentence kept",
        page="""
!m 绿坡滑草乐园官网　青山绿草·一滑到底
!m 首页｜园区介绍｜门票预订｜游玩攻略｜新闻公告
!t 绿坡滑草乐园春季恢复开放公告_绿坡滑草乐园官网
{BODY}
!a 立即购票　团队预订　在线客服
!m 地址：椿原市西山区绿坡村　备案号：湘ICP备21007713号-1
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
尊敬的游客朋友：
经过冬季设备检修和草坪养护，绿坡滑草乐园将于2025年4月5日起恢复开放。
开放时间为每日9:00至17:30，16:30停止入园。雨天及草面湿滑时暂停滑道运营，请游客出行前关注天气。
为保障安全，身高1.2米以下儿童须由成人陪同乘坐双人滑车，孕妇、心脏病患者及酒后人员谢绝参加滑草项目。
游客可扫描园区入口二维码购票，也可在售票窗口现场购票。咨询电话：0736-7452018。
绿坡滑草乐园
2025年4月1日
""",
    ),
    dict(
        slug="tender-yanshan-grass-sled-track-bid-text",
        site="雁山县政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://ccgp.yanshan.gov.cn/cggg/gkzb/202506/t20250610_90331.html",
        title="雁山县文旅投资有限公司滑草场滑道及配套设施采购项目招标公告",
        record_title="雁山县文旅投资有限公司滑草场滑道及配套设施采购项目招标公告",
        date="2025-06-10",
        record_date="2025-06-10",
        notes="tender text page; lots table; buyer's own contacts beside the platform's service line",
        page="""
!m 雁山县政府采购网　|　首页　采购公告　结果公告　政策法规
!m 当前位置：采购公告 >> 公开招标
{T}
!m 【发布时间：2025年06月10日】【浏览次数：392】
!a 【打印】【关闭】
{BODY}
!m 平台服务热线：400-1180-3366（工作日 8:30-17:30）
!l 附件：招标文件.zip（登录后下载）
!d 雁山县财政局主办　技术支持：雁采科技
""",
        body="""
项目概况：雁山县文旅投资有限公司滑草场滑道及配套设施采购项目的潜在投标人应在雁山县公共资源交易平台获取招标文件，并于2025年7月1日9点30分前递交投标文件。
一、项目基本情况
项目编号：YSCG-2025-0612
采购需求如下：
包号　名称　数量　预算（万元）
1　人造草滑道（长260米）　2条　186
2　滑草车　120辆　24
3　魔毯输送带（长180米）　1套　95
二、申请人的资格要求：满足《中华人民共和国政府采购法》第二十二条规定。
三、对本次采购提出询问，请按以下方式联系。
采购人：雁山县文旅投资有限公司，联系人：阎先生，电话：0773-6612509。
代理机构：雁山恒信招标有限公司，联系人：苏女士，电话：0773-6631277。
""",
    ),
    dict(
        slug="snapshot-qingcao-grass-sled-accident-notice-text",
        site="青草坡乡政府 搜索快照 (invented)",
        style="搜索快照",
        genre="通报",
        kind="notice",
        form="text",
        source="http://webcache.souyisou.cn/search?q=cache:qingcaopo.gov.cn/tzgg/0719",
        title="关于青草坡滑草场一起游客受伤事件的情况通报",
        record_title=None,
        date="2025-07-19",
        notes="text-only cache; cache header lines; no title in the record",
        page="""
!m 搜一搜网页快照 — 该页面于 2025-07-22 06:14:07 被收录
!a 原网页可能已被删除或修改，查看原网页
!m 青草坡乡人民政府 | 通知公告
{T}
!m 发布时间：2025-07-19　来源：乡应急办
{BODY}
!m 青草坡乡人民政府 版权所有　联系电话：0859-3320011
""",
        indent="\u3000\u3000",
        body="""
7月18日下午3时许，一名游客在我乡青草坡滑草场乘坐滑草车时，因滑车偏出滑道撞上护栏，造成左腿骨折。事件发生后，滑草场工作人员立即拨打120，伤者已送县人民医院救治，目前生命体征平稳。
经初步调查，事发时滑道末端缓冲区草皮破损，护栏防撞垫脱落，滑草场存在安全管理不到位的问题。乡政府已责令滑草场即日起停业整改，并会同县文旅、市场监管部门开展全面检查。
下一步，我乡将对辖区内所有游乐场所开展安全隐患排查，坚决防止类似事件再次发生。
青草坡乡人民政府
2025年7月19日
""",
    ),
    dict(
        slug="lawfirm-dehe-grass-sled-liability-html",
        site="德禾律师事务所 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="other",
        form="html",
        source="https://www.dehe-lawyer.com/pufa/2025/0726.html",
        title="滑草受伤，“风险自担”的告示有用吗？",
        record_title="法律讲坛丨滑草受伤，“风险自担”的告示有用吗？",
        date="2025-07-26",
        notes="law-firm article; lawyer's consult box chrome; statute quote; numbered advice",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>法律讲坛丨滑草受伤，“风险自担”的告示有用吗？-德禾律师事务所</title></head><body>
<div class="top">⟦m 德禾律师事务所　DEHE LAW FIRM⟧ ⟦w 免费咨询：0851-8566 2990⟧</div>
<div class="nav">⟦m 首页 关于德禾 律师团队 业务领域 法律讲坛 联系我们⟧</div>
<div class="pos">⟦m 您现在的位置 → 法律讲坛⟧</div>
<h1>⟦t 法律讲坛丨滑草受伤，“风险自担”的告示有用吗？⟧</h1>
<div class="info">⟦m 作者：罗恩华律师　发布日期：2025-07-26⟧</div>
{BODY}
<div class="consult">⟦w 扫码添加律师微信，24小时内回复⟧</div>
<div class="related">⟦l 推荐阅读：景区玻璃栈道受伤谁来赔？⟧</div>
<div class="foot">⟦d 本文仅供普法参考⟧ ⟦m 黔ICP备18004422号⟧</div>
</body></html>
""",
        body="""
暑期不少家长带孩子去滑草。很多滑草场门口都立着“游客风险自担”“受伤概不负责”的牌子，这样的告示真的能免责吗？
答案是否定的。《民法典》第五百零六条规定，合同中造成对方人身损害的免责条款无效。同时，第一千一百九十八条规定，娱乐场所等经营场所的经营者未尽到安全保障义务，造成他人损害的，应当承担侵权责任。
当然，游客自身也有注意义务。如果游客不听劝阻、违规操作，可以适当减轻经营者的责任。
律师提醒：
1. 游玩前留意滑道、护栏、缓冲区是否完好，服从工作人员指挥；
2. 发生受伤应立即报告，保留门票、付款记录和现场照片；
3. 协商不成的，可以向消费者协会投诉或者依法起诉。
""",
    ),
    dict(
        slug="training-songtao-grass-sled-staff-course-html",
        site="松涛文旅职业培训学校 (invented)",
        style="培训机构",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.songtao-px.cn/course/huacao-anquan.html",
        title="游乐场所滑草项目操作员安全培训方案",
        record_title="游乐场所滑草项目操作员安全培训方案（附课程表）",
        date=None,
        notes="training-school page with price tag and trial form chrome; course table; decimal headings",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>游乐场所滑草项目操作员安全培训方案_松涛文旅职业培训学校</title></head><body>
<div class="bar">⟦m 松涛文旅职业培训学校　持证上岗·安全第一⟧ ⟦w 招生咨询 136 0851 7729⟧</div>
<div class="nav">⟦m 首页 | 培训项目 | 师资力量 | 学员风采 | 在线报名⟧</div>
<h1>⟦t 游乐场所滑草项目操作员安全培训方案（附课程表）⟧</h1>
<div class="price">⟦a 培训费：¥980/人　团报8人以上九折⟧ ⟦a 立即报名⟧</div>
{BODY}
<form class="trial">⟦a 预约免费试听：姓名＿＿＿ 手机＿＿＿ 提交⟧</form>
<div class="foot">⟦m 松涛文旅职业培训学校 地址：雁山县迎宾大道210号⟧ ⟦d 最终解释权归本校所有⟧</div>
</body></html>
""",
        body="""
1. 培训对象
滑草场、旱雪场等游乐场所的滑道操作员、巡查员和救护员。
2. 培训内容与课时
模块　内容　课时
2.1 法规　《特种设备安全法》及游乐场所安全管理规定　4
2.2 设备　滑草车、魔毯的日常检查与维护　6
2.3 操作　发车间隔控制、末端减速区管理　6
2.4 救护　骨折固定、心肺复苏与应急疏散　8
3. 考核
理论考试和实操考核均达到80分以上为合格，合格者由本校颁发培训合格证明。
4. 报名须知
学员须年满18周岁，身体健康。报名时请携带身份证复印件和1寸照片2张。
""",
    ),
    dict(
        slug="wiki-xinzhi-grass-sledding-entry-html",
        site="新知百科 (invented)",
        style="百科问答",
        genre="百科",
        kind="other",
        form="html",
        source="https://www.xinzhi-baike.cn/wiki/滑草",
        title="滑草",
        record_title="滑草 - 新知百科",
        date=None,
        notes="encyclopaedia entry: info box, edit links, references; example year in a sentence is not a date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>滑草 - 新知百科</title></head><body>
<div class="wiki-top">⟦m 新知百科　自由的知识⟧ ⟦a 创建词条　登录⟧</div>
<h1>{T}</h1>
<div class="tools">⟦a 编辑　历史版本　讨论⟧ ⟦m 本词条已被浏览 82,301 次⟧</div>
<table class="infobox"><tr><td>⟦m 中文名：滑草⟧</td></tr><tr><td>⟦m 外文名：grass skiing⟧</td></tr><tr><td>⟦m 起源地：欧洲⟧</td></tr></table>
{BODY}
<div class="ref">⟦l 参考资料：1. 《户外休闲运动概论》，运动出版社⟧</div>
<div class="cat">⟦l 分类：体育运动 | 休闲娱乐 | 户外运动⟧</div>
<div class="foot">⟦d 本站文字在知识共享署名-相同方式共享协议之条款下提供⟧</div>
</body></html>
""",
        body="""
滑草是一项借助滑草板、滑草车等器材在倾斜草坡上滑行的运动，兼具运动和休闲功能。
起源
滑草最早出现在欧洲，据称是滑雪运动员为在夏季保持训练而发明的。20世纪60年代，专用的履带式滑草板问世，滑草逐渐成为独立项目。
分类
1. 滑草板滑草：运动员双脚固定在履带式滑草板上，使用雪杖控制方向，技术要求接近高山滑雪。
2. 滑草车滑草：游客坐在带把手的塑料滑车上顺坡而下，无需专门训练，是游乐场所最常见的形式。
在国内
国内的滑草场多建于城市近郊和景区，例如某景区于2016年开设了长约300米的滑草道。
""",
    ),
    dict(
        slug="docshare-fenxiang-grass-sled-emergency-plan-html",
        site="分享吧文档 (invented)",
        style="文档分享",
        genre="预案",
        kind="plan",
        form="html",
        source="https://www.fenxiangba-doc.com/d/2025/44871.html",
        title="滑草场安全事故应急预案",
        record_title="滑草场安全事故应急预案.docx",
        date=None,
        notes="document-sharing reader; file-name title; page-marker paragraphs; emergency contacts table kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>滑草场安全事故应急预案.docx - 分享吧文档</title></head><body>
<div class="hdr">⟦m 分享吧文档⟧ ⟦a 上传文档赚收益⟧</div>
<div class="fileinfo"><h1>⟦t 滑草场安全事故应急预案.docx⟧</h1><span>⟦m 格式：docx　大小：36KB　页数：3　上传时间：2025-05-30⟧</span></div>
<div class="viewer">
{BODY}
</div>
<div class="btns">⟦a 免费下载　收藏　分享到微信⟧</div>
<div class="notice">⟦d 用户上传的文档仅代表其个人观点，分享吧仅提供存储空间⟧</div>
</body></html>
""",
        pages=dict(fmt="﹝第{n}页﹞", every=150, start=2),
        body="""
1 总则
为及时、有效处置滑草场各类安全事故，最大限度减少人员伤亡和财产损失，制定本预案。本预案适用于滑草场营业期间发生的游客受伤、设备故障、恶劣天气等突发事件。
2 组织机构
滑草场成立应急处置领导小组，由场长任组长，安全主管任副组长，各班组长为成员。
3 处置程序
3.1 发生游客受伤时，当班操作员立即停止发车，救护员携急救箱赶赴现场处置，伤情较重的立即拨打120。
3.2 遇雷雨大风天气时，立即停止运营，引导游客到游客中心避险。
3.3 魔毯故障时，立即按下急停按钮，组织游客有序撤离。
4 应急联系
岗位　姓名　电话
组长　闫国栋　138××××2201
副组长　吕霞　139××××6617
""",
    ),
    dict(
        slug="localforum-xishan-grass-sled-review-html",
        site="西山在线论坛 (invented)",
        style="地方论坛",
        genre="游记",
        kind="other",
        form="html",
        source="https://bbs.xishan-online.com/t/226190",
        title="周末带娃去新开的滑草场，说几个实在的体验",
        record_title="周末带娃去新开的滑草场，说几个实在的体验 - 吃喝玩乐 - 西山在线",
        date="2025-05-11",
        notes="county forum: poster card, floors; post date; a quoted reply inside the body stays",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>周末带娃去新开的滑草场，说几个实在的体验 - 吃喝玩乐 - 西山在线</title></head><body>
<div class="top">⟦m 西山在线 — 西山人自己的网上家园⟧</div>
<div class="crumb">⟦m 西山在线 ＞ 生活 ＞ 吃喝玩乐⟧</div>
<div class="post">
<div class="user">⟦m 楼主：阿黄妈妈　等级：西山土著　帖子 1,207⟧</div>
<h2>{T}</h2>
<div class="time">⟦m 发表于 2025-05-11 21:02⟧</div>
{BODY}
<div class="sign">⟦l 签名：好好生活，慢慢相遇⟧</div>
</div>
<div class="reply">⟦l 沙发　西山吃货：门票多少钱一张？⟧</div>
<div class="reply">⟦l 2楼　路人甲乙丙：谢谢分享，下周去⟧</div>
<div class="bottom">⟦a 快速回复　高级模式⟧ ⟦m 西山在线 站长QQ：80117342⟧</div>
</body></html>
""",
        body="""
周六带孩子去了西山新开的滑草场，给想去的朋友说几点实在的。
一、门票：成人68元，1.2米以下儿童38元，含三次滑草。再滑要另外买，10元一次，有点贵。
二、滑道：一共三条，最陡的那条大人滑都有点刺激，孩子只能滑最缓的那条。工作人员会根据体重调整发车间隔，这一点挺负责。
三、注意：一定要穿长裤和运动鞋，草地上有小石子，我家娃穿短裤膝盖蹭破了点皮。
四、吃饭：园区里只有一家小卖部，建议自带午饭。
总体来说，适合一家人玩半天，值得去一次。
""",
    ),
    dict(
        slug="download-jiaoan-grass-sled-pe-lesson-text",
        site="体育教案下载网 (invented)",
        style="资料下载站",
        genre="教案",
        kind="other",
        form="text",
        source="http://www.tiyu-jiaoan.net/down/2025/3310.html",
        title="小学五年级体育《滑草板初体验》教案",
        record_title="小学五年级体育《滑草板初体验》教案 免费下载",
        date=None,
        notes="download station text page: file info lines, mirror links, dead-link report; hard-wrapped body at 58 columns",
        page="""
!m 体育教案下载网　www.tiyu-jiaoan.net
!m 首页 >> 小学体育 >> 五年级
!t 小学五年级体育《滑草板初体验》教案 免费下载
!m 文件大小：420KB　文件格式：doc　更新日期：2025-04-20　下载次数：317
!a 下载地址一　下载地址二　百度网盘下载
!a 如链接失效请点此报错
{BODY}
!d 本站资源来自网友上传，如有侵权请联系站长删除
!m 站长邮箱：admin@tiyu-jiaoan.net
""",
        indent="\u3000\u3000",
        wrap=58,
        body="""
一、教学内容：滑草板的穿脱与平地滑行。
二、教学目标：学生了解滑草运动的特点，掌握滑草板的正确穿脱方法，能在平缓草坡上完成直线滑行；在练习中培养勇敢、互助的品质。
三、场地器材：学校后山平缓草坡一处，儿童滑草板20副，护具20套，标志桶10个。
四、教学过程：1.准备部分：慢跑热身，活动膝、踝关节；教师讲解滑草板的结构和安全要求。2.基本部分：分组练习穿脱滑草板，两人一组互相检查固定带；在教师保护下沿标志桶进行直线滑行练习。3.结束部分：放松拉伸，师生共同总结本课收获。
五、安全提示：上课前检查草坡是否有石块和坑洼，学生必须佩戴头盔和护膝，滑行间隔不少于10米。
""",
    ),
    dict(
        slug="netdisk-kuaipan-grass-sled-summary-html",
        site="快盘分享 (invented)",
        style="网盘分享",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://share.kuaipan-cloud.cn/s/9fA2cLx81Q",
        title="2024年度滑草乐园运营工作总结",
        record_title="2024年度滑草乐园运营工作总结.wps",
        date="2025-01-10",
        date_also=["2025-01-13"],
        notes="cloud-drive share page; extraction-code box and save prompt; file-name title; indicators table",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>2024年度滑草乐园运营工作总结.wps_免费高速下载｜快盘分享</title></head><body>
<div class="header">⟦m 快盘分享⟧ ⟦a 登录　注册　客户端⟧</div>
<div class="file"><h2>⟦t 2024年度滑草乐园运营工作总结.wps⟧</h2><p>⟦m 分享者：场务部小孟　|　2025-01-13 17:26 分享　|　41KB⟧</p></div>
<div class="op">⟦a 保存到网盘⟧ ⟦a 下载(41KB)⟧ ⟦a 举报⟧</div>
<div class="preview">
{BODY}
</div>
<div class="tip">⟦a 文件预览仅供参考，完整内容请下载后查看⟧</div>
<div class="foot">⟦d 请勿分享违法违规内容⟧ ⟦m ©2025 快盘分享⟧</div>
</body></html>
""",
        body="""
2024年，乐园在集团公司的领导下，坚持安全第一、服务至上，圆满完成了全年运营目标。
一、主要指标完成情况
指标　目标　完成　完成率
接待游客（万人次）　18　21.4　118.9%
营业收入（万元）　860　972　113.0%
安全事故（起）　0　0　—
二、主要工作
一是新增亲子滑道一条，延长夜场运营时间；二是完成全部滑草车和魔毯的年度检测；三是组织员工开展应急演练6次。
三、存在问题
雨季草坪养护难度大，部分时段停业较多；高峰期排队时间较长。
四、2025年打算
计划引进智能排队系统，扩建停车场，争取接待游客突破25万人次。
翠岗滑草乐园场务部
2025年1月10日
""",
    ),
]
