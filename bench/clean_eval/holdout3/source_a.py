"""Holdout3 cases, part A: 范文 sites, 文库 previews, document sharing, download sites.

Held back (see ../README.md): written blind, from dev's sources and build.py only. Every
site, place, person, number and URL is invented; see ../build.py for the markup.
"""

CASES = [
    dict(
        slug="fanwen-moge-host-script-business-climate",
        site="墨阁范文网 (invented)",
        style="范文站",
        genre="主持词",
        kind="speech",
        form="text",
        source="https://www.mogefw.com/zhuchici/huiyi/5520913.html",
        title="全县优化营商环境工作推进会主持词",
        record_title="【范文推荐】全县优化营商环境工作推进会主持词（精选3篇）",
        date=None,
        notes="decorated record title; 主持词 with short agenda lines; member prompt, writing ad, similar list",
        page="""
!m 墨阁范文网 · 找材料少走弯路
!m 位置：墨阁首页 / 主持词 / 会议主持词
!t 【范文推荐】全县优化营商环境工作推进会主持词（精选3篇）
!m 浏览：4871次　　字数：约1100字　　栏目：会议主持词
!a ［复制全文］　［生成PDF］　［加入我的素材库］
{T}
{BODY}
!a 以上为预览部分，开通墨阁会员即可查看另外2篇并下载可编辑版本
!w 材料写不出来？资深笔杆一对一定制，当天交稿，V：moge_bigan88
!l 同类推荐
!l ▪ 县政府第六次全体会议主持词
!l ▪ 招商引资签约仪式主持稿（4篇）
!l ▪ 政务服务工作推进会议主持词
!d 墨阁范文网所载文章仅供参考学习，转载请注明出处，如有侵权请发邮件至站务邮箱，核实后即删。
!m 墨阁范文网 mogefw.com 版权所有 ©2019-2025　浙ICP备19052213号-1
""",
        indent="\u3000\u3000",
        body="""
同志们：
现在开会。今天，县委、县政府在这里召开全县优化营商环境工作推进会，主要任务是总结去年以来全县营商环境建设情况，查找短板弱项，安排部署今年重点任务。
出席今天会议的县领导有：县委副书记、县长蒯晓楠同志，县委常委、常务副县长阙立平同志，以及县政府其他领导同志。参加会议的还有各乡镇（街道）、县直各部门主要负责同志，部分企业代表也应邀列席会议。
今天的会议共有四项议程。
首先，进行第一项议程，请县发展改革委主任练思远同志通报全县营商环境评价结果。
下面进行第二项议程，请县市场监管局、县行政审批服务局和岚峪镇作交流发言。每个单位发言时间请控制在五分钟以内。
下面进行第三项议程，请企业代表、霁川精密机械有限公司董事长褚向阳同志发言。
下面进行第四项议程，请蒯晓楠县长作讲话，大家欢迎。
同志们，刚才蒯县长的讲话，既肯定了成绩，又指出了问题，对下一步工作提出了明确要求，我们一定要认真学习领会，抓好贯彻落实。会后，各乡镇（街道）、各部门要迅速传达会议精神，对照年度任务清单细化措施，确保每项任务都有人抓、有人管、有人督。县优化营商环境办公室要加强跟踪问效，每季度通报一次进展情况。
散会。
""",
    ),
    dict(
        slug="fanwen-lanshu-html-address-award",
        site="蓝书公文网 (invented)",
        style="范文站",
        genre="致辞",
        kind="speech",
        form="html",
        source="https://www.lanshugw.cn/zhici/biaozhang/20250108/118402.html",
        title="在全市科技创新表彰大会上的致辞",
        record_title="在全市科技创新表彰大会上的致辞｜蓝书公文网",
        record_date="2025-01-08",
        date="2025-01-08",
        notes="site after a full-width bar in the record title; nav, crumb, font-size buttons, tag list, footer",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>在全市科技创新表彰大会上的致辞｜蓝书公文网</title>
<link rel="stylesheet" href="/static/css/main.css"></head>
<body>
<div id="top"><a href="/">⟦m 蓝书公文网⟧</a><span class="slogan">⟦m 每天更新上千篇实用公文⟧</span><a href="/user/login">⟦a 会员登录⟧</a></div>
<div class="menu"><a href="/zhici/">⟦m 致辞⟧</a> <a href="/jianghua/">⟦m 讲话⟧</a> <a href="/huibao/">⟦m 汇报⟧</a></div>
<div class="pos">⟦m 您的位置：<a href="/">蓝书</a> » <a href="/zhici/">致辞</a> » 表彰致辞⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布：2025-01-08　分类：表彰致辞　人气：2,906⟧</div>
<div class="fontsize">⟦a 字号：［大］［中］［小］　护眼模式⟧</div>
<div class="body">
{BODY}
</div>
<div class="tags">⟦l 标签：科技创新 表彰大会 致辞范文 领导致辞⟧</div>
<div class="share">⟦l 分享：微信 ｜ QQ空间 ｜ 复制链接⟧</div>
<div class="foot">⟦m 蓝书公文网（lanshugw.cn）　苏ICP备20031187号⟧<br>⟦d 本站文章均来源于网络或会员上传，仅供参考，不得用于商业用途。⟧</div>
</body></html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
尊敬的各位领导、各位获奖代表，同志们、朋友们：
大家上午好！在全市上下奋力推进高质量发展的关键时刻，我们在这里隆重召开全市科技创新表彰大会，表彰过去一年在科技创新中作出突出贡献的集体和个人。首先，我代表市委、市政府，向受到表彰的先进集体和个人表示热烈的祝贺！向长期以来关心支持樾江科技事业发展的各界人士致以衷心的感谢！
过去一年，全市研发经费投入强度达到2.68%，高新技术企业净增137家，技术合同成交额突破41亿元，新建省级以上创新平台19个。这些成绩的取得，凝聚着广大科技工作者的智慧和汗水。
创新是引领发展的第一动力。希望受到表彰的集体和个人珍惜荣誉、再接再厉，在关键核心技术攻关中勇挑重担；希望全市科技工作者以先进为榜样，潜心钻研、敢于突破；希望各级各部门持续优化创新生态，在人才引育、成果转化、金融支持上拿出更多务实举措，让创新的源泉充分涌流。
最后，祝各位获奖代表和与会同志新年愉快、工作顺利、身体健康！谢谢大家！
""",
    ),
    dict(
        slug="fanwen-yunhao-duty-report-no-title-sig-date",
        site="云毫文稿网 (invented)",
        style="范文站",
        genre="述职报告",
        kind="report",
        form="text",
        source="http://m.yunhaows.com/shuzhi/geren/2025/77162.html",
        title="街道党工委书记2024年度抓基层党建工作述职报告",
        record_title=None,
        date="2025-01-15",
        notes="no title in the record; title printed twice, the second glued to the salutation-less first sentence; Arabic date under the signature",
        page="""
!m 云毫文稿网
!m 云毫 › 述职报告 › 党建述职
{T}
!m 来源：网友投稿　　编辑：小毫　　阅读：689
!a 全文阅读　|　下载该文档　|　一键纠错
{T}{BODY}
!a 温馨提示：复制内容请先登录，登录后每日可免费复制3次。
!l 上一篇：社区党委书记抓基层党建述职报告
!l 下一篇：2024年机关党支部书记述职评议报告
!m 云毫文稿网 yunhaows.com　联系邮箱：yh_kefu@yunhaows.com
""",
        indent="\u3000\u3000",
        body="""
2024年，我认真履行抓基层党建第一责任人职责，坚持把党建引领基层治理作为主抓手，推动街道党建工作取得新进展。现将有关情况报告如下。
一、履职情况及成效
一是压实责任链条。召开党工委会议专题研究党建工作11次，与18个社区党组织书记签订责任书，建立问题、任务、责任“三张清单”，年初定目标、年中抓督导、年底严考核。
二是建强组织堡垒。完成6个社区党组织换届后的“回头看”，选优配强社区“两委”班子；推动12栋商务楼宇成立联合党支部，新增“两新”组织党员142名。
三是深化党建引领。在棠梨社区试点“红色物业”，将党组织覆盖延伸到小区，全年解决停车难、电梯加装等群众急难愁盼问题93件。
二、存在的问题
对“两新”组织党建工作研究不够深，部分党支部活动形式比较单一；社区工作者队伍专业化水平还需提高；党建与业务融合的载体还不够多。
三、下一步打算
2025年，我将坚持问题导向，重点抓好楼宇党建提质、社区工作者队伍建设、小区治理三项工作，以高质量党建引领街道高质量发展。
鹭汀区橙湾街道党工委书记　栾秋实
2025年1月15日
""",
    ),
    dict(
        slug="wenku-hanmo-summary-docx-wrapped-page-of",
        site="翰墨文库 (invented)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://wenku.hanmo365.com/p-30418827.html",
        title="樾江市生态环境局2024年工作总结",
        record_title="樾江市生态环境局2024年工作总结.docx",
        date="2024-12-20",
        notes="file-name title; hard wrap at 62 columns; 第n页 共6页 markers glued to some continuation lines; date in Chinese numerals under the signature",
        page="""
!m 翰墨文库
!a 搜索文档　上传赚钱　开通VIP
{T}
!m 页数：6页　　大小：27.4KB　　浏览：1342　　下载：57
!p 第1页 共6页
{BODY}
!a 试读结束，余下内容需下载查看（5下载券）
!a 立即下载　　加入文件夹　　举报
!l 相关文档：生态环境保护督察整改情况报告｜2025年大气污染防治工作要点｜环保局年度述职报告
""",
        wrap=62,
        indent="    ",
        pages=dict(fmt="第{n}页 共6页", every=170, start=2, glue="mix"),
        body="""
2024年，市生态环境局坚持以生态环境质量改善为核心，统筹推进污染防治攻坚和生态保护修复，全市生态环境质量持续向好。现将全年工作总结如下。
一、环境质量改善情况
全市空气质量优良天数比例为88.5%，同比提高2.1个百分点；细颗粒物平均浓度每立方米31微克，同比下降6.1%。12个国控、省控断面水质优良比例达到100%，县级以上集中式饮用水水源地水质达标率保持100%。
二、重点工作推进情况
（一）蓝天保卫战扎实推进。完成钢铁、水泥行业超低排放改造5家，淘汰国三及以下排放标准柴油货车1826辆，建成区施工工地扬尘在线监测实现全覆盖。
（二）碧水保卫战成效明显。完成入河排污口排查整治412个，新建改造城镇污水管网68公里，沿江化工企业废水纳管率达到100%。
（三）净土保卫战稳步开展。完成重点建设用地土壤污染状况调查37宗，受污染耕地安全利用率稳定在93%以上。
三、存在的问题和下一步打算
臭氧污染防控压力仍然较大，部分支流水质不够稳定，基层执法装备有待加强。2025年，我们将聚焦重点区域、重点行业、重点时段，持续深入打好污染防治攻坚战。
樾江市生态环境局
二〇二四年十二月二十日
""",
    ),
    dict(
        slug="wenku-shuge-plan-bare-number-markers",
        site="书格文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.shugewk.com/doc/7740392651.html",
        title="芷阳县2025年农村人居环境整治提升工作方案",
        record_title="芷阳县2025年农村人居环境整治提升工作方案",
        date=None,
        notes="a preview converter's bare page numbers on lines of their own, cutting paragraphs mid-word (the body writes its numbers in Chinese); no date",
        page="""
!m 书格文库 - 海量文档免费预览
{T}
!m 共5页　　贡献者：芷阳小吴　　浏览：658
{BODY}
!a 余下4页已折叠，点此展开 ∨
!a 保存到电脑随时查看，支持离线阅读　　￥5.00
!w 需要按本地情况改写？书格写作顾问在线接单，咨询热线：400-6628-917
!l 猜你想找：美丽乡村建设实施方案 / 厕所革命工作方案 / 垃圾分类工作方案
!d 本文档仅供参考，若有侵权请联系平台删除。书格文库不对文档内容的准确性负责。
""",
        pages=dict(fmt="{n}", every=200, start=2),
        body="""
为深入学习运用“千万工程”经验，持续改善农村人居环境，建设宜居宜业和美乡村，结合我县实际，制定本方案。
一、工作目标
到今年年底，全县农村卫生厕所普及率达到百分之九十五以上，生活垃圾收运处置体系行政村实现全覆盖，农村生活污水治理率提高到百分之五十二，村庄环境基本实现干净整洁有序。
二、重点任务
（一）扎实推进农村厕所革命。坚持数量服从质量、进度服从实效，新改建农村户厕三千二百座，对已改厕所开展问题摸排整改，建立“摸排、整改、验收、管护”闭环机制。
（二）加快治理农村生活污水。优先治理乡镇政府驻地、中心村和水源保护区内的村庄，因地制宜采用纳管处理、集中处理和分散处理模式，全年完成二十一个行政村生活污水治理。
（三）提升生活垃圾治理水平。推行“户分类、村收集、镇转运、县处理”模式，在岚峪、苇塘等五个乡镇开展垃圾分类试点，配齐分类收集设施。
（四）推动村容村貌整体提升。开展村庄清洁行动，集中清理乱堆乱放、乱搭乱建，推进“四旁”绿化，创建美丽庭院示范户一千户。
三、保障措施
各乡镇要落实主体责任，主要负责同志亲自抓；县财政统筹安排专项资金；县委农办会同有关部门每月开展一次暗访督查，结果纳入乡村振兴实绩考核。
""",
    ),
    dict(
        slug="docshare-wenhai-rules-doc-html-pages",
        site="文海共享 (invented)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="html",
        source="https://www.wenhaishare.net/view/c81d0a55e3.html",
        title="机关公务用车管理制度",
        record_title="机关公务用车管理制度.doc",
        date=None,
        date_also=["2023-06-17"],
        notes="file-name title (.doc); 第n页 paragraphs between halves of cut paragraphs; upload notice; numbered articles",
        page="""
<html><head><meta charset="utf-8"><title>机关公务用车管理制度.doc - 文海共享</title></head>
<body>
<div class="bar"><a href="/">⟦m 文海共享⟧</a> <a href="/upload">⟦a 上传文档⟧</a> <a href="/my">⟦a 个人中心⟧</a></div>
<div class="title-box"><h2>{T}</h2>
<span>⟦m 上传人：wh_9526　　上传时间：2023-06-17　　格式：DOC　　页数：4⟧</span></div>
<div class="notice">⟦d 温馨提示：该资料为会员自主上传，文海共享仅提供信息存储空间，如侵犯了您的权益，请联系我们删除。⟧</div>
<div class="preview">
{BODY}
</div>
<div class="more"><button>⟦a 剩余2页未读，点击展开⟧</button> <button>⟦a 下载此文档⟧</button></div>
<div class="rel"><h4>⟦l 相似资料⟧</h4><a>⟦l 单位车辆使用管理办法⟧</a><a>⟦l 公务接待管理制度（修订）⟧</a></div>
<div class="svc">⟦w 找不到合适的制度模板？文海顾问帮您量身起草，加企业微信：wenhai-zhidu⟧</div>
</body></html>
""",
        pages=dict(fmt="第{n}页", every=230, start=2),
        body="""
第一条　为加强和规范机关公务用车管理，降低行政成本，保障公务活动正常开展，根据有关规定，结合本单位实际，制定本制度。
第二条　本制度所称公务用车，是指本单位用于机要通信、应急保障、执法执勤等公务活动的机动车辆。
第三条　办公室是公务用车的归口管理部门，负责车辆的调度使用、维修保养、保险年检、燃油管理和驾驶人员的日常管理。
第四条　公务用车实行集中管理、统一调度。因公用车须提前一天填写用车申请单，注明用车事由、目的地、乘车人数和往返时间，经科室负责人签字后报办公室统一派车。
第五条　公务用车不得用于接送干部上下班、婚丧嫁娶、探亲访友、旅游度假等非公务活动。节假日期间，公务用车一律封存停放在单位指定地点，遇特殊情况须经分管领导批准。
第六条　车辆维修实行定点维修、事前审批制度。单次维修费用在2000元以上的，须经分管领导审批；大修须报单位主要负责人批准。
第七条　驾驶人员要严格遵守交通法规，严禁酒后驾车、疲劳驾驶和私自将车辆交给他人驾驶。因违规造成的罚款及损失，由当事人承担。
第八条　本制度由办公室负责解释，自印发之日起施行。
""",
    ),
    dict(
        slug="download-ziyuanku-contingency-plan-word-editable",
        site="公文资源库下载站 (invented)",
        style="资料下载站",
        genre="预案",
        kind="plan",
        form="text",
        source="http://www.gwzyk.cn/soft/yuan/20240611/4417.html",
        title="岚峪镇防汛抗旱应急预案",
        record_title="岚峪镇防汛抗旱应急预案【Word可编辑】",
        record_date="2024-06-11",
        date="2024-06-11",
        notes="decorated record title; download-site chrome: file size, unzip password, mirror links; phones inside the body are kept",
        page="""
!m 公文资源库 — 免费公文模板下载
!m 当前栏目：首页 → 应急预案 → 防汛防台
{T}
!m 软件大小：36 KB　　资料格式：.doc　　更新时间：2024-06-11　　下载次数：2318
!m 运行环境：WPS / Office 2010 及以上
!a 【下载地址一：电信高速】　【下载地址二：联通下载】　【网盘下载】
!d 解压密码：www.gwzyk.cn　　所有资源仅供学习参考，请在下载后24小时内删除。
资料简介：
{BODY}
!a 下载不了？点击这里报告错误
!l 本类排行：1.社区防汛应急预案  2.学校防溺水应急预案  3.地质灾害应急预案
!m Copyright 2012-2024 公文资源库 gwzyk.cn 粤ICP备12093381号
""",
        body="""
一、总则
为做好全镇防汛抗旱工作，防御和减轻洪涝、干旱灾害，最大限度减少人员伤亡和财产损失，依据有关法律法规和县防汛抗旱应急预案，结合我镇实际，制定本预案。
本预案适用于全镇范围内洪涝、干旱灾害的预防和应急处置。
二、组织机构
镇政府设立防汛抗旱指挥部，镇长任指挥长，分管副镇长任副指挥长，成员由党政办、应急办、农业综合服务中心、派出所、卫生院及各村（社区）负责人组成。指挥部办公室设在镇应急办，值班电话：0745-6632119。
三、预警和响应
根据洪涝、干旱灾害的严重程度，应急响应分为四级。接到县气象台暴雨红色预警或上游水库超汛限水位泄洪通知时，立即启动Ⅰ级响应，指挥长坐镇指挥，各工作组24小时在岗。
危险区群众转移由各村负责组织，按照“先老幼病残、后一般人员”的原则进行，转移安置点设在镇中心小学和苇塘村文化礼堂。
四、应急保障
镇应急物资仓库常年储备编织袋5000条、救生衣300件、冲锋舟2艘、发电机4台。物资调用请联系镇应急办，电话：0745-6632120，手机：13907451186。
五、附则
本预案由镇防汛抗旱指挥部办公室负责解释，自发布之日起实施。
""",
    ),
    dict(
        slug="wenku-zhiyuan-insight-oneline-dash-markers",
        site="知源文库 (invented)",
        style="文库预览",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://m.zhiyuanwk.com/d/4482917.html",
        title="参加青年干部能力提升培训班学习心得",
        record_title=None,
        date=None,
        notes="a one-line page: chrome and the whole body on one line, a dash page marker inside it; no title in the record",
        page="""
!m 知源文库手机版
⟦t 参加青年干部能力提升培训班学习心得⟧⟦m 2页　|　1.8千次阅读⟧{BODY}⟦a 展开阅读全文⟧⟦l 相关推荐：年轻干部培训心得体会5篇　党校学习个人总结⟧
""",
        title_in="missing",
        oneline=True,
        indent="\u3000\u3000",
        pages=dict(fmt=" - {n} - ", every=300, start=2),
        body="""
今年9月，我有幸参加了市委组织部举办的青年干部能力提升培训班。为期两周的学习，既有理论辅导，也有现场教学，还有分组研讨和情景模拟，内容丰富、形式多样，使我在思想上受到洗礼、能力上得到提升。
一是筑牢了理想信念的根基。通过系统学习党的创新理论，聆听老党员讲述奋斗故事，我更加深刻地认识到，年轻干部只有把理想信念的“总开关”拧紧，才能在纷繁复杂的形势面前站稳脚跟。
二是补齐了履职尽责的短板。培训班安排的群众工作、应急处置、公文写作等课程，针对性很强。特别是在信访接待情景模拟中，我发现自己在倾听群众诉求、解释政策方面还有不少欠缺。
三是找准了努力奋斗的方向。现场教学中，看到基层干部扎根一线、苦干实干，我深受触动。今后，我将主动到基层一线、到急难险重岗位经受磨炼，在实践中增长才干。
""",
    ),
    dict(
        slug="download-moban-minutes-html-record-title",
        site="模板之家下载站 (invented)",
        style="资料下载站",
        genre="纪要",
        kind="notice",
        form="html",
        source="https://www.mbzj-down.com/wendang/jiyao/20251010/2291.html",
        title="芷阳县第十九届人民政府第38次常务会议纪要",
        record_date="2025-10-10",
        date="2025-10-10",
        date_also=["2025-09-26"],
        notes="download site HTML; the minutes' own date line and phone numbers sit inside the body; a list of download mirrors",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>芷阳县第十九届人民政府第38次常务会议纪要 免费下载 - 模板之家</title></head>
<body>
<div class="head">⟦m 模板之家 mbzj-down.com⟧ <a>⟦a 注册⟧</a> <a>⟦a 登录⟧</a></div>
<div class="loc">⟦m 当前位置：模板之家 &gt; 文档 &gt; 会议纪要⟧</div>
<div class="info"><h1>{T}</h1>
<ul><li>⟦m 文件类型：DOCX⟧</li><li>⟦m 授权方式：免费⟧</li><li>⟦m 更新日期：2025-10-10⟧</li></ul></div>
<div class="intro"><h3>⟦m 内容预览⟧</h3>
{BODY}
</div>
<div class="dl"><a>⟦a 本地下载⟧</a> <a>⟦a 备用下载⟧</a> <a>⟦a 百度网盘（提取码：8k2w）⟧</a></div>
<div class="foot">⟦d 本站资源均来自互联网，仅供研究学习，禁止商用，版权归原作者所有。⟧</div>
</body></html>
""",
        body="""
2025年9月26日，县长蒯晓楠主持召开县第十九届人民政府第38次常务会议。会议纪要如下：
一、会议听取了县财政局关于2025年1至8月财政收支情况的汇报。会议指出，今年以来全县财政收支运行总体平稳，但收支矛盾依然突出。会议要求，县财政局要加强收入征管，严控一般性支出，兜牢“三保”底线。
二、会议研究了《芷阳县城区老旧小区改造三年行动计划（2025—2027年）》。会议原则同意该计划，由县住建局根据会议意见修改完善后，按程序报县委审定。
三、会议研究了县人民医院新院区建设资金筹措问题。会议同意通过申报地方政府专项债券、争取上级补助等方式筹措建设资金，县发展改革委、县财政局、县卫生健康局要于10月底前完成专项债券申报材料。
四、会议听取了秋冬季森林防火工作准备情况汇报。会议要求，各乡镇要落实包片包村责任，县应急管理局要加强值班值守，防火值班电话0745-6681119要保持24小时畅通。
出席：蒯晓楠、阙立平、褚向阳、练思远
列席：县政府办公室、县财政局、县住建局、县卫生健康局、县应急管理局负责同志
""",
    ),
]
