"""holdout129, part F: 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发 (two each). Invented text."""

CASES = [
    dict(
        slug="wiki-baike-credit-report-entry-html",
        site="知源百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiyuan.example.com/item/个人信用报告/30211",
        title="个人信用报告",
        record_title="个人信用报告_知源百科",
        date=None,
        notes="encyclopaedia entry: edit links, catalogue box, reference list; example dates and a 扫码 sentence inside the entry; no date (an edit stamp only)",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>个人信用报告_知源百科</title></head><body>
<div class="top">⟦m 知源百科 — 人人可编辑的知识库⟧ ⟦a 登录⟧ ⟦a 创建词条⟧</div>
<h1>{T}</h1>
<div class="tools">⟦a 编辑　讨论　收藏⟧ ⟦m 本词条由“知源百科”用户共同编辑，最近更新：2天前⟧</div>
<div class="catalog">⟦l 目录 1 定义 2 查询方式 3 异议处理⟧</div>
<div class="para">
{BODY}
</div>
<div class="ref">⟦l 参考资料：1. 征信业管理条例　2. 个人征信查询服务指南⟧</div>
<div class="stat">⟦m 浏览次数：40311次　编辑次数：17次⟧</div>
<footer>⟦d 词条内容仅供参考，如需专业意见请咨询相关机构。⟧</footer>
</body></html>
""",
        body="""
个人信用报告是征信机构出具的记录个人信用信息的书面文件，主要反映个人的信贷交易、公共缴费和欠税等信息。
报告一般包括个人基本信息、信贷交易信息明细、公共信息明细和查询记录四个部分。例如，某人在2019年办理的住房贷款，其还款情况会逐月记录在报告中。
个人可以通过征信中心官方网站、商业银行手机银行或者营业网点的自助查询机查询本人信用报告，每年有两次免费查询机会。部分网点支持扫码身份核验后打印报告。
如果对报告内容有异议，可以向征信中心或数据报送机构提出，相关机构应当自收到异议之日起20日内进行核查和处理。
""",
    ),
    dict(
        slug="wiki-wenda-trans-fat-question",
        site="百问健康 (invented)",
        style="百科问答",
        genre="问答",
        kind="other",
        form="text",
        source="http://www.baiwenjk.example.cn/ask/q-1029384.html",
        title="反式脂肪酸到底有什么危害？哪些食品里多？",
        record_title=None,
        date="2025-02-11",
        notes="title missing (question on the page); 回答于 as page date; doctor's card; an online-consult prompt and related questions after",
        page="""
!m 百问健康 › 营养饮食
{T}
!m 营养科 主治医师 关雪晴 ｜ 瑀原县人民医院
!m 回答于 2025-02-11 15:06　　已帮助 2.3万人
{BODY}
!l 👍 有帮助 612
!w 想让医生一对一解答？点击发起图文问诊，最快5分钟回复
!l 相关问题：植脂末是不是反式脂肪？ ／ 人造奶油能吃吗？
!d 本平台所有回答仅作健康科普，不能作为诊断和治疗依据。
""",
        body="""
反式脂肪酸主要来源于植物油的部分氢化加工，长期大量摄入会升高血液中的“坏胆固醇”，降低“好胆固醇”，增加心脑血管疾病的风险。
常见含量较高的食品有：使用氢化植物油制作的起酥面包、奶油蛋糕、夹心饼干、部分油炸食品，以及反复高温煎炸用过的油。
购买预包装食品时，可以看看配料表，如果有“氢化植物油”“起酥油”“人造奶油”等字样，就要少吃；营养成分表中的反式脂肪酸标示为“0”，也只是说明每100克含量不超过0.3克。
建议日常饮食以天然食物为主，少吃油炸和烘焙类零食，每天反式脂肪酸摄入量不超过2克。
""",
    ),
    dict(
        slug="netdisk-yunxiang-heating-plan-html-pages",
        site="云享网盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://pan.yunxiang.example.com/s/1qL8xZrT7b",
        title="2025—2026年度城区集中供热保障工作方案",
        record_title="2025—2026年度城区集中供热保障工作方案.pdf",
        date="2025-10-10",
        notes="cloud-drive share: file list, save/download buttons, expiry stamp; preview paragraphs cut by 【n/3】 markers as HTML paragraphs; file-name title",
        pages=dict(fmt="【{n}/3】", every=220, start=2),
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>2025—2026年度城区集中供热保障工作方案.pdf_免费高速下载｜云享网盘</title><script src="/share/init.js"></script></head><body>
<div class="hd">⟦m 云享网盘⟧ ⟦a 登录⟧ ⟦a 下载客户端⟧</div>
<div class="file"><span>⟦m 分享者：琼**热力　分享时间：2025-10-13 09:21　有效期：永久有效⟧</span>
<h2>{T}</h2>
<span>⟦m 文件大小：1.2M⟧</span> <span>⟦a 保存到我的网盘⟧</span> <span>⟦a 普通下载⟧</span></div>
<div class="preview">
{BODY}
</div>
<div class="vip">⟦a 开通超级会员，预览全部页面并极速下载⟧</div>
<div class="report">⟦a 举报该分享⟧</div>
<footer>⟦d 云享网盘倡导用户合法分享，严禁传播违法违规内容。⟧ ⟦m 京ICP证110276号⟧</footer>
</body></html>
""",
        body="""
为确保城区居民温暖过冬，保障集中供热安全稳定运行，结合我县实际，制定本方案。
一、供热时间：2025年11月15日至2026年3月15日，视天气情况可适当提前或延长。
二、供热标准：供热期间居民室内温度不低于18℃；室温不达标的，供热企业应在48小时内查明原因并处理。
三、主要措施：
（一）10月底前完成热源厂锅炉检修和管网打压试验，11月5日前开始注水试运行。
（二）储备燃煤不少于四万吨，确保供热初期连续运行30天以上。
（三）开通供热服务热线0898-6621331，实行24小时值班，对报修问题做到2小时内上门。
四、保障要求：县住建局要加强对供热企业的监督检查，对供热质量投诉集中的，约谈企业负责人。
县城市管理和综合执法局
2025年10月10日
""",
    ),
    dict(
        slug="netdisk-weipan-aloe-coop-summary-text",
        site="微盘共享 (invented)",
        style="网盘分享",
        genre="总结",
        kind="summary",
        form="text",
        source="http://weipan-share.example.net/f/8820aloe",
        title="瑜城芦荟种植合作社2025年上半年工作总结",
        record_title="瑜城芦荟种植合作社2025年上半年工作总结.wps",
        date="2025-07-03",
        notes="cloud-drive text share: file-name title; share stamp and extraction code; preview-limit prompt; date under the signature",
        page="""
!m 微盘共享 · 文件预览
!m 瑜城芦荟种植合作社2025年上半年工作总结.wps　　38.5KB
!m 分享于 2025-07-06　　提取码：a7k2
!a 保存至微盘　｜　下载（需登录）
{BODY}
!a 预览仅显示部分内容，完整文件请下载后查看
!d 文件由用户上传分享，微盘不对文件内容负责
""",
        body="""
上半年，合作社在镇党委、政府的支持下，克服春季低温的不利影响，各项工作稳步推进。
一是扩大种植规模。新增芦荟种植大棚24亩，合作社种植总面积达到186亩，社员增加到73户。
二是延伸产业链条。与瑜城日化公司签订收购协议，鲜叶收购价每公斤1.6元，上半年销售鲜叶410吨。
三是加强技术服务。邀请县农技站开展病虫害防治培训2次，推广滴灌节水技术，每亩节水30%。
存在的问题：产品以鲜叶销售为主，附加值不高；部分大棚年久失修，需要更新改造。
下半年，合作社将争取建设芦荟凝胶初加工车间一座，提高产品附加值。
瑜城芦荟种植专业合作社
2025年7月3日
""",
    ),
    dict(
        slug="snapshot-kuaizhao-fake-medicine-html",
        site="搜见网页快照 (invented)",
        style="搜索快照",
        genre="通告",
        kind="notice",
        form="html",
        source="http://cache.soujian.example.com/c?m=9f3a2b&u=http://scjg.zhangyuan.example.gov.cn/tz/2025/0822.html",
        title="关于警惕网络销售假冒降糖药品的消费提示",
        record_title="关于警惕网络销售假冒降糖药品的消费提示 - 璋原县市场监督管理局",
        date="2025-08-22",
        notes="snapshot frame: cache banner with highlight note and snapshot time; original page's meta and footer inside; 12315 and the bureau's 举报电话 in body kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于警惕网络销售假冒降糖药品的消费提示 - 璋原县市场监督管理局</title></head><body>
<div class="sj-cache" style="background:#fff8d8">⟦d 这是 http://scjg.zhangyuan.example.gov.cn/tz/2025/0822.html 的快照，是网页在 2025年9月3日 被保存时的样子。⟧<br>⟦m 搜见快照：页面可能已经更改，点击查看当前页面⟧<br>⟦m 以下关键词已高亮：假冒 降糖药⟧</div>
<div class="orig">
<div>⟦m 璋原县市场监督管理局⟧</div>
<div>⟦m 首页 &gt; 通知公告⟧</div>
<h1>{T}</h1>
<div>⟦m 发布时间：2025-08-22　来源：药品安全股⟧</div>
{BODY}
<div>⟦m 璋原县市场监督管理局 主办　地址：璋原县迎宾路3号⟧</div>
</div>
</body></html>
""",
        body="""
近期，我局发现有不法分子通过短视频平台、社交软件等渠道，以“特效降糖”“祖传秘方”“无副作用”等名义销售假冒降糖药品，部分产品被检出非法添加化学药物成分。为保护消费者用药安全，特作如下提示：
一、购买药品应到正规医疗机构、药店，或通过取得相关资质的网络平台购买。
二、不轻信“根治糖尿病”“停用胰岛素”等宣传，降糖药品须遵医嘱使用。
三、收到药品后，可通过国家药品监督管理局网站查询药品批准文号。
如发现假冒药品，请拨打12315或本局举报电话0816-4830076。
璋原县市场监督管理局
2025年8月22日
""",
    ),
    dict(
        slug="snapshot-textcache-headhunter-scam",
        site="寻迹网页缓存 (invented)",
        style="搜索快照",
        genre="提示",
        kind="notice",
        form="text",
        source="http://webcache.xunji.example.org/search?q=cache:rsj.yuxi.example.gov.cn/xw/2025/1107",
        title="求职者注意：警惕冒充猎头公司收取“推荐费”",
        record_title="求职者注意：警惕冒充猎头公司收取“推荐费”",
        date="2025-11-07",
        notes="text-only cache: cache header with capture time (not the date); original byline 发布时间 kept as page date; a 关注 sentence of the document kept",
        page="""
!d 这是寻迹缓存的纯文本版本，原网页可能已更新或删除。
!m 缓存抓取时间：2025-11-19 03:17:45 GMT
!m 完整版本　纯文字版本　查看源代码
!m 玙溪县人力资源和社会保障局 — 就业创业
{T}
!m 发布时间：2025-11-07　　来源：县就业服务中心
{BODY}
!m 主办单位：玙溪县人力资源和社会保障局　ICP备案：浙ICP备14007735号
""",
        body="""
近期，县就业服务中心接到多名求职者反映，有人自称“高端猎头顾问”，以推荐大型企业高薪岗位为由，要求求职者先缴纳“推荐费”“简历包装费”“背景调查费”，收款后即拉黑失联。
在此提醒广大求职者：
一、正规人力资源服务机构须持有人力资源服务许可证，可在人社部门网站查询。
二、用人单位和职业中介机构招聘时，不得以任何名义向求职者收取费用。
三、遇到要求先交钱的“猎头”，请提高警惕，保存聊天记录和转账凭证，及时报警。
求职者可关注“玙溪就业”公众号，查询经核实的招聘信息。
""",
    ),
    dict(
        slug="print-dayin-sandpit-warning-text",
        site="琮溪县应急管理局（打印页） (invented)",
        style="打印页",
        genre="通告",
        kind="notice",
        form="text",
        source="http://yjj.congxi.example.gov.cn/print.jsp?id=20250612",
        title="关于废弃采砂坑周边严禁游泳嬉水的紧急通告",
        record_title="打印预览：关于废弃采砂坑周边严禁游泳嬉水的紧急通告",
        date="2025-06-12",
        notes="print view: 打印预览： prefix; print/close buttons; URL and print stamp footer (not dates); print footer 页 1 of 1",
        page="""
!a [打印本页]　[关闭窗口]
!m 琮溪县应急管理局
{T}
!m 日期：2025-06-12　来源：县应急管理局
{BODY}
!m 本页地址：http://yjj.congxi.example.gov.cn/zwgk/2025/06/12/5531.html
!m 打印时间：2025-06-30 19:02
!p ▏第1页 · 共1页▕
""",
        body="""
入夏以来，我县多处废弃采砂坑积水成塘，水深坑陡，淤泥较厚，极易发生溺水事故。为保障群众生命安全，特通告如下：
一、严禁在废弃采砂坑及周边水域游泳、嬉水、捕鱼。
二、各乡镇要对辖区废弃采砂坑逐一排查，设置警示标志和防护围栏，能回填的尽快回填。
三、学校要加强学生防溺水教育，家长要切实履行监护责任，不让孩子私自到危险水域玩耍。
四、发现有人落水，请立即拨打110或119求助，切勿盲目下水施救。
琮溪县应急管理局
2025年6月12日
""",
    ),
    dict(
        slug="print-qingsuan-liquidation-html",
        site="珞岭区国资委（打印页） (invented)",
        style="打印页",
        genre="公告",
        kind="notice",
        form="html",
        source="https://gzw.luoling.example.gov.cn/print/2025/0930/441.html",
        title="珞岭区原粮油贸易公司清算组关于债权申报的公告",
        record_title="〔打印稿〕珞岭区原粮油贸易公司清算组关于债权申报的公告",
        date="2025-09-30",
        notes="print view in HTML: 〔打印稿〕 title; print controls; URL line; the 清算组's 联系人/电话 kept; print footer",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>〔打印稿〕珞岭区原粮油贸易公司清算组关于债权申报的公告</title><style>@media print{.noprint{display:none}}</style><script>function doPrint(){window.print();}</script></head><body>
<div class="noprint">⟦a 打印｜关闭⟧ ⟦a 字号：大 中 小⟧</div>
<div class="head">⟦m 珞岭区人民政府国有资产监督管理委员会⟧</div>
<h2>{T}</h2>
<div class="time">⟦m 发布时间：2025-09-30⟧</div>
{BODY}
<div class="url">⟦m 原文链接：https://gzw.luoling.example.gov.cn/xxgk/tzgg/2025/0930/441.html⟧</div>
<div class="foot">⟦p 第 1 页 ∕ 共 1 页⟧</div>
</body></html>
""",
        body="""
珞岭区原粮油贸易公司经区国资委批准解散，并已成立清算组。根据《中华人民共和国公司法》的规定，请该公司的债权人自本公告发布之日起四十五日内，向清算组申报债权。
债权人申报债权，应当说明债权的有关事项，并提供证明材料。清算组将对债权进行登记。
在申报债权期间，清算组不对债权人进行清偿。
申报地址：珞岭区人民路56号国资大厦六楼
联系人：宁先生　电话：0839-3205518
珞岭区原粮油贸易公司清算组
2025年9月30日
""",
    ),
    dict(
        slug="mail-fwd-graduate-dossier-text",
        site="瑾山大学学工邮件 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:xg-notice@jinshan-univ.example.edu.cn#20250605",
        title="关于做好2025届毕业生档案转递工作的通知",
        record_title="转发：关于做好2025届毕业生档案转递工作的通知",
        date="2025-06-03",
        notes="forwarded mail: mail headers with a send date that differs (both accepted); the document's 附件 and 联系人 kept; mail client footer",
        date_also=["2025-06-05"],
        page="""
!m 发件人：学工部办公室 <xgb@jinshan-univ.example.edu.cn>
!m 收件人：各学院辅导员
!m 发送时间：2025年6月5日（星期四）上午9:12
!m 主题：转发：关于做好2025届毕业生档案转递工作的通知
!m 附件：毕业生档案去向登记表.xlsx (18KB)
各位老师：转发学校档案馆通知，请按要求落实。
---------- 转发的邮件 ----------
{T}
{BODY}
!d 此邮件由瑾山大学邮件系统发送，如非本人请勿转发。
!a 回复　全部回复　转发　删除
""",
        body="""
各学院：
为做好2025届毕业生档案转递工作，确保毕业生档案及时、安全转递，现将有关事项通知如下：
一、毕业生须于6月15日前在学生系统中填报档案去向，包括接收单位名称、地址、邮编和联系电话。
二、档案统一通过机要通信转递，严禁毕业生本人自带档案。
三、暂未落实就业单位的毕业生，档案可转回生源地人才交流服务机构。
四、各学院于6月20日前将审核后的《毕业生档案去向登记表》报档案馆。
附件：毕业生档案去向登记表
联系人：档案馆　单老师，电话：0555-3317260。
瑾山大学档案馆
2025年6月3日
""",
    ),
    dict(
        slug="mail-webmail-office-supplies-html",
        site="瑀原县机关事务中心网页邮箱 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="html",
        source="https://mail.yuyuan.example.gov.cn/webmail/read?mid=AQ7731",
        title="关于2026年度办公用品集中采购需求填报的通知",
        record_title="Fw: 关于2026年度办公用品集中采购需求填报的通知",
        date="2025-11-20",
        notes="webmail view: headers, folder list, mail toolbar; the document's 附件 list under the mail's attachment header; 联系人 kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>Fw: 关于2026年度办公用品集中采购需求填报的通知 - 政务邮箱</title><script src="/webmail/mail.js"></script></head><body>
<div class="top">⟦m 瑀原县政务邮箱　当前帐号：zhangwei@yuyuan.example.gov.cn⟧ ⟦a 退出⟧</div>
<div class="folders">⟦m 收件箱(12)　草稿箱　已发送　已删除⟧</div>
<div class="toolbar">⟦a 回复 | 转发 | 删除 | 移动到… | 打印⟧</div>
<table class="hdr"><tr><td>⟦m 发件人：机关事务中心采购科⟧</td></tr><tr><td>⟦m 时　间：2025-11-21 10:05⟧</td></tr><tr><td>⟦m 主　题：Fw: 关于2026年度办公用品集中采购需求填报的通知⟧</td></tr><tr><td>⟦m 附　件：1个（需求填报表.xls）⟧</td></tr></table>
<h3>{T}</h3>
<div class="mailbody">
{BODY}
</div>
<div class="foot">⟦d 政务邮箱严禁处理涉密信息⟧</div>
</body></html>
""",
        date_also=["2025-11-21"],
        body="""
县直各单位：
为做好2026年度办公用品集中采购工作，请各单位于12月5日前填报办公用品采购需求。现将有关事项通知如下：
一、填报范围：复印纸、硒鼓、文件盒、签字笔等日常办公耗材。
二、填报要求：按照勤俭节约原则，参照上年度实际消耗量据实填报，不得超标准、超数量申报。
三、报送方式：填报表经单位负责人签字盖章后，将电子版发送至采购科邮箱。
附件：2026年度办公用品采购需求填报表
联系人：采购科　邬晓，电话：0851-2710396。
瑀原县机关事务服务中心
2025年11月20日
""",
    ),
]
