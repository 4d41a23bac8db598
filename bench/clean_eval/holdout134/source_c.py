"""holdout134, part C: a thermal power plant in a writing app, a hospital laboratory in a
snapshot, a duty-free shop's print view, a suitcase factory's forwarded mail, an alfalfa base,
pocket parks, snakehead ponds and others. Invented text throughout."""

CASES = [
    dict(
        slug="app-bimo-summary-thermal-plant-desulfur",
        site="笔墨写作APP (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://share.bimoxiezuo.example.com/s/a8T2kq",
        title="热电厂脱硫运行班组2025年上半年工作总结",
        record_title="热电厂脱硫运行班组2025年上半年工作总结｜笔墨写作",
        date="2025-07-03",
        notes="writing-app share page: open-in-app prompts at top and bottom, an AI-rewrite button glued after a paragraph, 成文日期 at the end",
        page="""
!a 打开笔墨写作APP，查看完整排版
{T}
!m 笔墨写作 · 精选范文　作者：电厂小陈　1.6万人看过
{BODY}
!a 一键AI改写　复制全文　导出Word
!a 下载APP，每天免费生成3篇
!l 猜你想写：脱硫专工述职报告｜环保设备检修总结
""",
        body="""
上半年，脱硫运行班组在部门领导下，紧紧围绕“排放稳定达标、设备安全运行”目标，较好完成了各项任务。
一、排放指标全面达标。两台机组二氧化硫排放浓度小时均值全部低于每立方米三十五毫克，未出现一次超标。⟦a 点击此处一键续写本段⟧
二、设备管理扎实有效。全班共发现并处理浆液循环泵、氧化风机缺陷四十三项，消缺率百分之百。
三、技能培训持续推进。组织岗位技术问答十二期，两名值班员通过高级工技能鉴定。
下半年，班组将重点做好石灰石供应保障和吸收塔防腐检修，确保冬季供热期稳定运行。
脱硫运行班
2025年7月3日
""",
    ),
    dict(
        slug="gkforum-anshang-interview-first-offence",
        site="岸上公考论坛 (invented)",
        style="公考论坛",
        genre="心得体会",
        kind="insight",
        form="text",
        source="http://bbs.anshanggk.example.com/thread-66120-1-1.html",
        title="遴选面试真题：如何看待轻微违法行为“首违不罚”",
        record_title="[面试真题] 遴选面试真题：如何看待轻微违法行为“首违不罚”（附答题思路）- 面试交流区 - 岸上公考论坛",
        date=None,
        notes="exam forum; relative time 2天前 is no date; a member-only prompt between paragraphs; floors and signature lines",
        page="""
!m 岸上公考论坛 › 面试交流区
!m 1#　楼主　上岸的鱼　发表于 2天前
{T}
{BODY}
!m ——签名：每天一道题，上岸不是梦
!l 2# 回复：谢谢楼主，思路很清晰
!l 3# 回复：马克一下，明天背
!a 回复本帖可见完整答题模板
""",
        body="""
题目：不少地方对轻微违法行为推行“首违不罚”，有人叫好，也有人担心会放纵违法。请谈谈你的看法。
答题思路如下。
第一，“首违不罚”不是不管，而是对初次、轻微、及时改正的违法行为以教育代替处罚，体现了执法的温度。
⟦a 以下内容需升级为论坛VIP会员方可查看完整版⟧
第二，要防止“一放了之”，必须明确适用清单，建立违法记录台账，对再次违法的依法从严处理。
第三，作为一名遴选进机关的干部，我会在工作中坚持说理式执法，让群众既感受到规矩，也感受到善意。
""",
    ),
    dict(
        slug="wiki-nongzhi-entry-chinchilla-html",
        site="农知百科 (invented)",
        style="百科问答",
        genre="百科",
        kind="other",
        form="html",
        source="https://baike.nongzhi.example.com/item/毛丝鼠/4410",
        title="毛丝鼠",
        record_title="毛丝鼠_农知百科",
        date=None,
        notes="encyclopedia entry: edit links, catalogue box, references; a template placeholder 20××年×月×日 and an example date inside sentences are not dates",
        page="""
<html><head><meta charset="utf-8"><title>毛丝鼠_农知百科</title></head><body>
<div class="top">⟦m 农知百科 — 农业知识大全⟧　⟦a 登录　注册⟧</div>
<h1>⟦t 毛丝鼠⟧</h1>
<div class="edit">⟦a 编辑词条　添加义项　收藏 289⟧</div>
<div class="toc">⟦l 目录 1 形态特征 2 饲养管理 3 引种检疫⟧</div>
{BODY}
<div class="ref">⟦l 参考资料：1. 特种经济动物养殖技术手册⟧</div>
<div class="stat">⟦m 词条浏览 6,402 次　最近更新：2天前⟧</div>
<div class="ft">⟦d 本词条内容由网友共同编辑，仅供参考⟧</div>
</body></html>
""",
        body="""
毛丝鼠，俗称龙猫，是原产于南美洲安第斯山区的一种啮齿动物，毛被细密柔软，现多作为宠物和特种经济动物饲养。
成年毛丝鼠体长二十五至三十五厘米，尾长十余厘米，寿命可达十五年以上。
毛丝鼠怕热怕潮，饲养环境温度宜保持在十五至二十五摄氏度，需定期提供浴沙供其沙浴，不能用水洗澡。
引种时应查验检疫证明，证明上载明“有效期至20××年×月×日”，过期的证明不能作为运输凭证。
例如，某养殖场于2023年5月引进种鼠，则应隔离观察三十天，确认健康后方可混群饲养。
""",
    ),
    dict(
        slug="netdisk-feixiang-physics-lab-safety-plan",
        site="飞象网盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://pan.feixiang.example.com/s/1kLq8zPwR",
        title="蔺川县第二中学物理实验室安全管理方案",
        record_title="蔺川县第二中学物理实验室安全管理方案.wps",
        date="2025-02-24",
        notes="cloud-drive share: file name as title, share expiry, save/download buttons, a share-link stamp not a date; 成文日期 in the document; numbered list",
        page="""
!m 飞象网盘 | 分享文件
!m 分享者：理化组老何　分享于 2025-02-26 20:14　有效期：永久
!a 保存到我的网盘　普通下载　超级会员极速下载
!t 蔺川县第二中学物理实验室安全管理方案.wps
!m 文件大小：38.2KB
{BODY}
!a 在线预览仅显示前2页，下载后查看全部
!d 请勿分享违法违规内容，举报请拨打平台电话
""",
        body="""
为加强物理实验室安全管理，保障师生安全，结合我校实际，制定本方案。
一、管理职责
实验室实行校长负责、分管副校长主抓、实验员具体管理的责任制。
二、主要措施
1. 电学实验使用学生电源，严禁学生直接接触220伏市电。
2. 激光笔、酒精灯等器材专柜存放，领用登记，课后清点。
3. 实验室每学期开展一次消防演练，灭火器每月检查一次。
三、应急处置
发生触电、烫伤等情况，实验教师应立即切断电源，组织救护并报告学校。
蔺川县第二中学
2025年2月24日
""",
    ),
    dict(
        slug="snapshot-renkang-lab-report-pickup-html",
        site="搜寻快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.souxun.example.com/c?u=www.bhrenkang.example.com/news/1120.html",
        title="关于检验科调整门诊检验报告领取方式的通知",
        record_title="关于检验科调整门诊检验报告领取方式的通知",
        date="2025-11-20",
        notes="snapshot frame: cache banner with crawl time (not a date), highlighted terms line; the page's own header and footer inside; 成文日期 in the document; a body sentence about 打印 and 扫码 kept",
        page="""
<html><head><meta charset="utf-8"><title>关于检验科调整门诊检验报告领取方式的通知 - 搜寻快照</title></head><body>
<div class="cache">⟦m 这是搜寻对 http://www.bhrenkang.example.com/news/1120.html 的缓存，抓取于 2025-11-23 04:16。⟧<br>⟦m 您查询的关键词已标亮：检验报告 领取⟧<br>⟦a 查看原网页⟧</div>
<div class="site">⟦m 北滩仁康医院⟧　⟦m 首页 | 医院概况 | 新闻公告 | 患者服务⟧</div>
<h2>⟦t 关于检验科调整门诊检验报告领取方式的通知⟧</h2>
{BODY}
<div class="foot">⟦m 预约挂号电话：0898-6617 1100⟧　⟦d 北滩仁康医院 版权所有⟧</div>
</body></html>
""",
        body="""
各位患者：
为减少排队等候，自12月1日起，我院检验科门诊检验报告不再在窗口人工发放，改由自助机打印和手机查询。
患者可持就诊卡在门诊一楼、二楼的自助机上打印报告，也可扫描检验单上的二维码在手机上查看电子报告。
血常规、尿常规等常规项目一般在两小时内出报告，生化、免疫等项目一般在次日下午出报告。
如有疑问，请咨询检验科，电话：0898-6617 1128。
北滩仁康医院
2025年11月20日
""",
    ),
    dict(
        slug="print-haiyue-dutyfree-staff-rules",
        site="海悦免税城 (invented)",
        style="打印页",
        genre="制度",
        kind="other",
        form="text",
        source="https://www.haiyuedf.example.com/about/rules/print.aspx?id=31",
        title="海悦免税城员工提货点服务规范",
        record_title="打印预览 - 海悦免税城员工提货点服务规范",
        date="2025-04-01",
        notes="print view: print/close buttons, URL and print stamp at the bottom (not a date), page footer 页码; articles that speak of 扫码 and 打印 kept; 施行 date in the document",
        page="""
!a 〖打印本页〗　〖关闭〗
!m 海悦免税城 · 制度文件
{T}
{BODY}
!m 本页地址：https://www.haiyuedf.example.com/about/rules/31.html
!m 打印时间：2025/11/02 15:40
!p ·第1页（共1页）·
""",
        body="""
第一条　提货点员工应着工装、佩戴工牌，提前十分钟到岗，做好交接班记录。
第二条　旅客提货时，员工应核对旅客身份证件和离岛信息，扫码确认订单后方可交付商品。
第三条　提货单一式两联，员工打印后交旅客签字，一联留存备查。
第四条　严禁员工代他人购买或提取免税商品。
第五条　本规范自2025年4月1日起施行。
""",
    ),
    dict(
        slug="mail-lvxing-suitcase-factory-forward",
        site="旅行者箱包企业邮箱 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:archive/lvxingzhe/2025/0612-order.eml",
        title="关于调整出口订单交货期的函",
        record_title="Fwd: 关于调整出口订单交货期的函",
        date="2025-06-10",
        date_also=["2025-06-12"],
        notes="forwarded mail: header lines, the forwarder's note, the document's own 附件 list kept under the mail's attachment header, mail footer and unsubscribe",
        page="""
!m 发件人：外贸部 林晓 <linxiao@lvxingzhe.example.com>
!m 发送时间：2025年6月12日 9:03
!m 收件人：生产部；计划部
!m 主题：Fwd: 关于调整出口订单交货期的函
!m 附件：交货期调整函.pdf (212 KB)
!w 各位好，客户来函如下，请生产部按新交期排产，有问题随时找我。
!m ---------- 转发的邮件 ----------
{BODY}
!d 此邮件可能包含保密信息，如果您不是指定收件人，请立即删除。
!a 本邮件由企业邮箱发送　退订
""",
        body="""
旅行者箱包制造有限公司：
因我方仓储中心改造，原定于7月15日交付的第TR-2506号订单拖杆箱，交货期需调整至7月30日。
调整后的交货安排如下：
1. 20寸拖杆箱四千只，7月30日前发出。
2. 24寸拖杆箱二千五百只，7月30日前发出。
由此给贵方带来的不便，我们深表歉意，其他条款不变。
附件：1. 订单交货期调整明细表
2. 新仓库收货地址
岸帆国际贸易有限公司
2025年6月10日
""",
    ),
    dict(
        slug="fanwen-moxiang-plan-alfalfa-base-html",
        site="墨香范文网 (invented)",
        style="范文站",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.moxiangfw.example.com/fangan/202503/20250311_73319.asp",
        title="杪山县万亩苜蓿种植基地2025年建设实施方案",
        record_title="【推荐】杪山县万亩苜蓿种植基地2025年建设实施方案（精选）",
        date="2025-03-11",
        notes="old gb2312 ASP table layout: marquee, hot list, 【阅读字号】 row, floating consult box, visitor counter; a template placeholder ××月 kept in the body",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>【推荐】杪山县万亩苜蓿种植基地2025年建设实施方案（精选）-墨香范文网</title></head><body>
<table width="960"><tr><td>⟦m 墨香范文网 www.moxiangfw.example.com⟧</td><td>⟦a 设为首页 | 加入收藏⟧</td></tr></table>
<marquee>⟦m 墨香范文网提供各类工作方案、活动方案范文，欢迎投稿！⟧</marquee>
<table width="960"><tr><td width="700">
<div>⟦m 当前位置：墨香范文网 → 工作方案 → 实施方案⟧</div>
<h1>⟦t 杪山县万亩苜蓿种植基地2025年建设实施方案⟧</h1>
<div>⟦a 【阅读字号：加大 标准 缩小】⟧　⟦m 更新时间：2025-03-11⟧</div>
{BODY}
<div>⟦l 上一篇：饲草料储备库建设方案⟧<br>⟦l 下一篇：肉牛养殖示范村实施方案⟧</div>
</td><td width="260" valign="top"><div>⟦l 热门范文排行⟧</div><div>⟦l 1. 农业农村局年度工作计划⟧</div><div>⟦l 2. 春耕生产动员会主持词⟧</div></td></tr></table>
<div class="float">⟦w 写作咨询QQ：2780551906⟧</div>
<div class="foot">⟦m 您是本站第 1294708 位访客⟧　⟦m 备案号：湘ICP备09018273号⟧</div>
</body></html>
""",
        body="""
为发展优质饲草产业，保障全县草食畜牧业饲草供给，制定本方案。
一、建设目标
2025年新建苜蓿种植基地一万亩，亩产干草八百公斤以上，年产优质苜蓿干草八千吨。
二、实施步骤
（一）土地流转和整地，3月至4月完成。
（二）播种和田间管理，××月开始第一茬刈割，具体时间视长势另行确定。
三、保障措施
县财政安排专项资金二百万元，对新建基地每亩补助二百元，并统一采购打捆机、翻晒机等机械。
杪山县农业农村局
2025年3月11日
""",
    ),
    dict(
        slug="wenku-qiantu-icu-head-nurse-report-oneline",
        site="千图文库 (invented)",
        style="文库预览",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://www.qiantuwk.example.com/p-93341208.html",
        title="重症医学科护士长2024年度述职报告",
        record_title="重症医学科护士长2024年度述职报告",
        date="2025-01-06",
        notes="文库 preview with the whole body on one line; page-count meta, a VIP prompt, related documents; date only at the end",
        indent="　　",
        oneline=True,
        page="""
!m 千图文库　专业文档分享平台
!m 页数：3　大小：26KB　下载次数：51
{T}
{BODY}
!a 开通VIP，本文档免费下载
!l 相关推荐：护士长年终述职｜ICU护理质量分析报告
""",
        body="""
各位领导、同事们：
2024年，我担任重症医学科护士长，在护理部和科主任的领导下，带领全科三十二名护士扎实工作，现将一年来的工作报告如下。
全年收治危重症患者一千零六十例，护理质量考核连续四个季度位列全院第一。
开展呼吸机相关性肺炎集束化护理，发生率由每千机械通气日四点二例下降到二点一例。
不足之处是低年资护士的应急处置能力还有短板，今年将实行导师制，一对一带教。
述职人：邹明丽
2025年1月6日
""",
    ),
    dict(
        slug="gov-yubu-pocket-parks-news-html-modern",
        site="榆埠市城市园林服务中心 (invented)",
        style="政府门户",
        genre="新闻",
        kind="news",
        form="html",
        source="http://yl.yubu.example.gov.cn/gzdt/2025/1027/8820.html",
        title="我市今年新建口袋公园28个",
        record_title="我市今年新建口袋公园28个_工作动态_榆埠市城市园林服务中心",
        date="2025-10-27",
        notes="modern portal: 索引号 table, font-size control, share icons, sidebar quick links, footer with 网站标识码 and 政府网站找错",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>我市今年新建口袋公园28个_工作动态_榆埠市城市园林服务中心</title></head><body>
<div class="header">⟦m 榆埠市城市园林服务中心⟧<span>⟦a 无障碍阅读　长者模式⟧</span></div>
<nav>⟦m 首页　机构概况　政务公开　政策文件　互动交流⟧</nav>
<table class="xxgk"><tr><td>⟦m 索引号：11210400MB1720550X/2025-08820⟧</td><td>⟦m 发布机构：中心办公室⟧</td></tr><tr><td>⟦m 发布日期：2025-10-27⟧</td><td>⟦m 主题分类：工作动态⟧</td></tr></table>
<h1>⟦t 我市今年新建口袋公园28个⟧</h1>
<div class="fs">⟦a 字号：[大] [中] [小]⟧</div>
{BODY}
<div class="share">⟦l 分享：微信　微博　QQ⟧</div>
<aside>⟦l 快捷入口⟧ ⟦l 公园开放时间查询⟧ ⟦l 古树名木地图⟧</aside>
<footer>⟦m 网站标识码：2104000031⟧　⟦m 辽ICP备19005526号⟧　⟦a 政府网站找错⟧</footer>
</body></html>
""",
        body="""
今年以来，我市利用街角空地、拆违腾退地和闲置边角地，新建口袋公园二十八个，新增绿地面积六点二公顷。
这些口袋公园面积从三百平方米到三千平方米不等，大多配有座椅、健身器材和儿童游乐设施，让市民出门五分钟就能进公园。
在建设过程中，市城市园林服务中心通过问卷征集居民意见一千二百余条，不少公园的设计方案根据居民建议作了修改。
明年，我市将再建口袋公园三十个，优先布局在老旧小区集中的片区。
""",
    ),
    dict(
        slug="news-huaying-drone-delivery-text-wrapped",
        site="华鹰资讯网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.huaying-news.example.com/tech/2025/0806/48813.shtml",
        title="棠湾山区开通无人机配送航线",
        record_title="棠湾山区开通无人机配送航线",
        date="2025-08-06",
        notes="text news page hard-wrapped at 66 columns; a 原标题 line, source/editor lines, the title repeated glued to the lead, a hashtag row",
        wrap=66,
        page="""
!m 华鹰资讯网 > 科技 > 正文
!t 棠湾山区开通无人机配送航线
!m 2025-08-06 09:12　来源：棠湾日报　编辑：冯悦
{BODY}
!m （原标题：山里人收快递不用再下山）
!l #无人机# #乡村物流#
!l 热门推荐：高铁新线年底通车　秋粮收购价格公布
""",
        body="""
8月5日，棠湾县首条山区无人机配送航线正式开通，从县物流中心到海拔一千二百米的云岭村，无人机单程飞行只需十八分钟。
以往村民取快递要走两个小时山路，如今包裹由无人机直接送到村里的投递点，生鲜药品也能当天送达。
该航线每天飞行八个架次，单次最多可载重五公斤，今后还将陆续开通另外四个行政村的航线。
""",
    ),
    dict(
        slug="forum-yuyou-snakehead-pond-plan-junk",
        site="渔友之家论坛 (invented)",
        style="论坛",
        genre="方案",
        kind="plan",
        form="text",
        source="http://bbs.yuyouzhijia.example.com/viewthread.php?tid=30982",
        title="桤川县乌鳢养殖池塘高温季节管理方案",
        record_title="桤川县乌鳢养殖池塘高温季节管理方案 - 名优鱼养殖区 - 渔友之家论坛",
        date="2025-07-12",
        notes="forum post with anti-scraping junk lines and glued junk; edited-by line; 成文日期 at the end differs from the post time (both accepted)",
        date_also=["2025-07-14"],
        junk=dict(lines=1, glued=3),
        page="""
!m 渔友之家论坛　›　名优鱼养殖区
!m 作者：桤川乌鳢社　时间：2025-07-14 19:20　第1楼
{T}
{BODY}
!m [本帖由 桤川乌鳢社 于 2025-07-14 19:31 重新编辑]
!l 顶　踩　收藏本帖
!l 发表回复
""",
        body="""
为确保乌鳢安全度夏，合作社结合往年经验，制定本方案。
一、水质管理。每周加注新水一次，每次加水二十厘米，保持池水透明度在三十厘米左右。
二、增氧管理。晴天中午开增氧机两小时，阴雨天和闷热天气夜间全程开机，防止缺氧浮头。
三、投喂管理。高温期间投喂量减少三成，饲料中添加维生素C，剩料及时捞出。
四、病害防治。每半月用生石灰全池泼洒一次，发现病鱼及时隔离，请县水产站技术员诊断用药。
桤川县乌鳢养殖专业合作社
2025年7月12日
""",
    ),
]
