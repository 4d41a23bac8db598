"""holdout30, part E: 范文 sites (an old table layout, a writing-service page, a copy-locked
page), paid and free 文库 previews cut by page markers of new forms, a sharing page, a
one-line text dump, two download stations, two cloud-drive shares and a 范文 app's share
page and reading mode — carrying documents of an audit section chief, an IT bureau's
survey, a tyre factory's award speech, a sanatorium, a weather-modification office, a
dancers' association, a fungus co-op, the Jiusan Society, a bamboo factory, an art-exam
school, a choir festival, a college's exam rules, an IT bureau cadre and an ENT nurse.
Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-old-table-audit-chief-report-html",
        site="公文范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="述职报告",
        kind="report",
        form="html",
        source="http://www.gwfanwen.example.com/shuzhi/2025/0112/30871.html",
        title="审计局经济责任审计科科长个人述职报告",
        record_title="审计局经济责任审计科科长个人述职报告（精选）_述职报告_公文范文网",
        date=None,
        notes="old table layout: a marquee, a 'set as homepage' row, a hot list in the left column, a 'copy / save as Word' row glued after a paragraph, a writing-service prompt in the footer; the report has no date; decorated record title （精选）_column_site",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>审计局经济责任审计科科长个人述职报告（精选）_述职报告_公文范文网</title></head>
<body><table width="980" align="center"><tr><td colspan="2">⟦m 公文范文网 www.gwfanwen.example.com⟧　⟦a 设为首页 | 加入收藏⟧</td></tr>
<tr><td colspan="2"><marquee>⟦m 海量范文免费阅读，每日更新上百篇⟧</marquee></td></tr>
<tr><td width="220" valign="top"><table><tr><td>⟦l 本周排行⟧</td></tr><tr><td>⟦l 1.科级干部述职报告范文⟧</td></tr><tr><td>⟦l 2.财务科长年度述职⟧</td></tr></table></td>
<td valign="top"><div>⟦m 您现在的位置：公文范文网 >> 述职报告 >> 正文⟧</div>
<h1>⟦t 审计局经济责任审计科科长个人述职报告（精选）⟧</h1>
<div>⟦m 时间：2025-01-12　来源：网友投稿　人气：2217⟧</div>
{BODY}
<div>⟦l 上一篇：纪检监察干部述职述廉报告⟧　⟦l 下一篇：统计局副局长述职报告⟧</div></td></tr>
<tr><td colspan="2" align="center">⟦w 需要原创材料？专业写手一对一服务，微信：gwfw_xiezuo⟧<br>⟦m 蜀ICP备14022011号⟧</td></tr></table>
</body></html>
""",
        p_html="<p>\u3000\u3000{}</p>",
        body="""
一年来，在局党组的领导下，我带领经济责任审计科全体同志，认真履行审计监督职责，较好地完成了各项工作任务。现将个人履职情况报告如下。
一、完成审计项目情况。全年共完成领导干部经济责任审计项目十四个，审计资金总额二十一亿元，提出审计建议四十六条，移送问题线索两件。
二、提升审计质量情况。推行“审计组长负责制”，建立审计底稿三级复核机制，全年未发生审计质量问题。⟦a 【复制本文】【保存为Word】⟧
三、廉洁自律情况。严格遵守审计“四严禁”工作要求，没有接受被审计单位的宴请和礼品。
四、存在的不足。对大数据审计方法掌握还不够熟练，今后要加强学习，提升运用信息化手段发现问题的能力。
""",
    ),
    dict(
        slug="fanwen-gxj-survey-writing-prompt",
        site="笔杆子范文网 (invented)",
        style="范文站",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.biganzi-fw.example.com/diaoyan/88102.html",
        title="关于全区中小企业数字化转型情况的调研报告",
        record_title="关于全区中小企业数字化转型情况的调研报告（通用2篇）",
        date="2025-05-16",
        notes="范文 page: a writing-service prompt glued after a sentence and a 'member unlock' line between paragraphs; the report's 成文日期; decorated record title （通用2篇）; a 'next piece' link at the bottom",
        page="""
!m 笔杆子范文网 - 专注机关材料写作
!m 首页 › 调研报告 › 经济发展
!t 关于全区中小企业数字化转型情况的调研报告（通用2篇）
!m 篇一
{BODY}
!l 篇二：关于县域工业企业智能化改造的调研与思考 →
!a 本文共2篇，开通会员查看全部
!d 本站范文来自网络，仅供参考学习
""",
        indent="\u3000\u3000",
        body="""
为全面掌握全区中小企业数字化转型情况，区工信局于今年4月组成调研组，采取实地走访、问卷调查和座谈交流等方式，对全区86家中小企业开展了专题调研。⟦w 材料写作找笔杆子，原创代写请加QQ 2801937766⟧
一、基本情况。调查显示，全区已有52%的企业应用了财务管理和进销存软件，但应用生产管理系统的企业仅占17%。
⟦a 以下内容为会员专享，开通会员即可阅读全文⟧
二、存在问题。一是企业“不会转”，缺乏懂技术的人才；二是企业“不敢转”，担心投入大、见效慢；三是服务“跟不上”，本地缺少专业服务商。
三、对策建议。建议设立数字化转型专项资金，遴选一批服务商开展“诊断+改造”服务，打造一批可复制的示范企业。
瑭口区工业和信息化局调研组
2025年5月16日
""",
    ),
    dict(
        slug="fanwen-tyre-award-speech-copylock",
        site="范文大全手机版 (invented, copy-locked mobile page)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://m.fwdq-mobile.example.com/jianghua/2025/0203/5521.html",
        title="在公司2024年度先进集体和先进个人表彰大会上的讲话",
        record_title="在公司2024年度先进集体和先进个人表彰大会上的讲话【可编辑】",
        date=None,
        notes="mobile 范文 page with a copy lock: a 'copying is disabled' line between paragraphs, a bottom 'open the app' bar; speaker line under the title neutral; no date; decorated record title 【可编辑】",
        page="""
!m 范文大全
!t 在公司2024年度先进集体和先进个人表彰大会上的讲话
笙湖轮胎股份有限公司董事长　萧振邦
{BODY}
!a 打开APP，免费复制全文
!l 相关推荐：年度表彰大会主持词 / 先进个人发言稿
!m 范文大全 m.fwdq-mobile.example.com
""",
        body="""
同志们：
今天，我们隆重召开2024年度表彰大会，表彰一年来涌现出的先进集体和先进个人。在此，我代表公司董事会，向受到表彰的集体和个人表示热烈祝贺！
2024年，公司克服原材料价格上涨等困难，全年生产轮胎三百二十万条，销售收入同比增长百分之九，这是全体员工共同奋斗的结果。
⟦a 本站内容已开启复制保护，如需使用请下载原文⟧
受表彰的同志中，有连续十年零差错的质检员，有攻克胎面配方难题的技术骨干，也有扎根一线的班组长。他们是我们学习的榜样。
希望全体员工以先进为标杆，在新的一年里再创佳绩！
""",
    ),
    dict(
        slug="wenku-sanatorium-summary-html-markers",
        site="聚文文库 (invented, paid preview)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.juwenwk.example.com/view/7a31c0e92b.html",
        title="瑗川职工疗养院2024年工作总结",
        record_title="瑗川职工疗养院2024年工作总结.docx",
        date="2025-01-06",
        notes="paid 文库 preview: page markers ⁌2⁍ as HTML paragraphs between the halves of cut paragraphs; a contributor/page-count line, a 'preview ended, pay to continue' prompt, a related list; file-name record title",
        page="""
<html><head><meta charset="utf-8"><title>瑗川职工疗养院2024年工作总结 - 聚文文库</title></head><body>
<div class="hd">⟦m 聚文文库⟧　<a>⟦a 开通文库VIP⟧</a>　<a>⟦a 上传文档赚收益⟧</a></div>
<div class="doc-title"><h1>⟦t 瑗川职工疗养院2024年工作总结.docx⟧</h1>
<p>⟦m 贡献者：liaoyang_k　｜　7页　｜　4.6 分　｜　1,032次阅读⟧</p></div>
<div class="reader">
{BODY}
</div>
<div class="pay">⟦a 预览已结束，剩余4页可付费下载（￥5.90）⟧ <a>⟦a 立即购买⟧</a></div>
<div class="rel"><h4>⟦l 为您推荐⟧</h4><p>⟦l 疗养院年度工作计划⟧</p><p>⟦l 职工疗休养活动总结⟧</p></div>
<div class="ft">⟦d 聚文文库所有文档均由用户上传，平台仅提供信息存储空间服务⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        pages=dict(fmt="⁌{n}⁍", every=100, start=2),
        body="""
2024年，我院坚持以疗养员为中心，全年接待劳动模范、一线职工疗休养二十六批次共一千四百二十人次，健康体检一万二千余人次，疗养员满意率达到百分之九十八点六。
一、疗养服务提质。新开设中医理疗、心理减压等特色疗养项目，为每位疗养员建立健康档案，疗养结束后由健康管理师跟踪随访三个月。
二、安全管理加强。完成温泉泳池、餐厅等重点部位安全改造，全年开展消防演练四次，未发生安全事故和食品安全事件。
三、明年打算。推进智慧疗养平台建设，实现预约、入院、体检报告查询线上办理。
瑗川职工疗养院
2025年1月6日
""",
    ),
    dict(
        slug="wenku-weathermod-summary-wrapped-glued-markers",
        site="知行文库 (invented, free preview)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://zhixing-wk.example.net/p/3390177.html",
        title="2024年度人工影响天气工作总结",
        record_title="2024年度人工影响天气工作总结（可编辑）",
        date="2024-12-20",
        notes="free preview, hard-wrapped at 60 columns, page markers ◜2◝ glued to the start of the continuation line between wrapped lines; decorated record title （可编辑）; 成文日期",
        page="""
!m 知行文库　/　行业资料　/　气象
!t 2024年度人工影响天气工作总结
!m 上传时间：2025-02-11　|　页数：5页　|　免费
{BODY}
!a ——免费预览已结束，下载完整文档请点击——
!l 同类文档：人影作业安全管理制度 / 防雹作业年度计划
""",
        indent="\u3000\u3000",
        wrap=60,
        pages=dict(fmt="◜{n}◝", every=90, start=2, glue=True),
        body="""
2024年，县人工影响天气办公室在县委县政府和上级业务部门的指导下，围绕农业防灾减灾和生态修复，科学组织人工增雨防雹作业，取得了明显成效。
全年组织高炮和火箭作业四十一次，发射炮弹一千零六十发、火箭弹一百二十八枚，作业影响区内冰雹灾害损失同比减少约三成。
我们严格落实作业安全责任制，对全县九个作业点逐一开展安全检查，组织作业人员培训两期，全年未发生作业安全事故。
明年，我们将推进作业点标准化建设，加强作业指挥系统与气象雷达的联动，提高作业的科学性和精准性。
珩山县人工影响天气办公室
2024年12月20日
""",
    ),
    dict(
        slug="wenku-dancers-assoc-plan-mix-markers",
        site="芸文网文库 (invented)",
        style="文库预览",
        genre="工作计划",
        kind="plan",
        form="text",
        source="https://www.yunwenwang.example.com/wenku/d-558120.html",
        title="县舞蹈家协会2025年工作计划",
        record_title="县舞蹈家协会2025年工作计划-文库精选",
        date=None,
        notes="preview with page markers ⦍2⦎ glued or on lines of their own, cutting sentences; no date in the plan; a page-count line, a login prompt and a 'more from the uploader' list; decorated record title -文库精选",
        page="""
!m 芸文网 · 文库
!t 县舞蹈家协会2025年工作计划
!m 共4页　|　阅读 622　|　上传者：舞者无疆
!a 登录后可免费阅读全文
{BODY}
!l 该用户的其他文档：广场舞大赛活动方案 / 舞蹈培训班招生简章
!d 文档为用户上传，内容仅供参考，不代表本站观点
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⦍{n}⦎", every=80, start=2, glue="mix"),
        body="""
2025年，县舞蹈家协会将围绕繁荣群众文艺、培养舞蹈人才两项任务，重点做好以下工作。
一、举办第三届全县广场舞展演，组织各乡镇广场舞队伍分片区选拔，年底举行总决赛，评选优秀节目和优秀编导。
二、开展“舞蹈进乡村”公益培训，全年送教下乡二十场，重点培训乡村文艺骨干，帮助每个乡镇至少打造一支精品队伍。
三、加强会员队伍建设，吸收青年舞蹈教师和专业院校毕业生入会，全年发展新会员三十名。
四、创作一台反映本地民俗风情的舞蹈晚会，争取在县春节联欢晚会上演出。
""",
    ),
    dict(
        slug="docshare-fungus-coop-charter-print-clauses-html",
        site="享文档 (invented, document-sharing page)",
        style="文档分享",
        genre="章程",
        kind="other",
        form="html",
        source="https://www.xiangwendang.example.com/doc/0021873.html",
        title="璞田县鑫菌食用菌专业合作社章程",
        record_title="璞田县鑫菌食用菌专业合作社章程（2025修订）",
        date="2025-03-15",
        notes="sharing page: a document-info box (upload date, points), a 'report' link, share bar; the charter's articles that speak of 打印/下载/扫码 kept; the adoption date line at the end expected; decorated record title （2025修订）",
        page="""
<html><head><meta charset="utf-8"><title>璞田县鑫菌食用菌专业合作社章程 - 享文档</title></head><body>
<div class="hd">⟦m 享文档 · 资料共享平台⟧</div>
<div class="info"><h1>⟦t 璞田县鑫菌食用菌专业合作社章程（2025修订）⟧</h1>
<p>⟦m 分享者：菌农老韦　上传日期：2025-04-02　下载所需积分：3⟧</p><p>⟦a 举报⟧ ⟦a 收藏⟧</p></div>
<div class="content">
{BODY}
</div>
<div class="share">⟦l 分享到：微信 QQ 微博 复制链接⟧</div>
<div class="ft">⟦d 用户上传的文档版权归原作者所有，如有侵权请联系删除⟧</div>
</body></html>
""",
        body="""
第一章　总则
第一条　本社名称为璞田县鑫菌食用菌专业合作社，住所为璞田县龙潭镇菌菇产业园3号。
第二条　本社以服务成员、谋求全体成员的共同利益为宗旨，主要开展香菇、木耳的种植、收购、烘干和销售。
第二章　成员管理
第三条　本社成员入社须提交书面申请，经理事会审核同意后，在成员名册上登记。
第四条　本社财务报表每季度公布一次，成员可在社务公开栏查阅，也可扫描公开栏上的二维码在手机上查看；需要纸质材料的，由本社打印后提供。
第五条　本社生产技术规程放在合作社网站上，成员可自行下载。
第三章　附则
第六条　本章程经2025年3月15日成员大会表决通过，自通过之日起生效。
""",
    ),
    dict(
        slug="docshare-jiusan-info-rules-oneline-markers",
        site="文档小站 (invented, text dump)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="text",
        source="https://wdxz.example.net/txt/2025/jiusan-sqmy.txt.html",
        title="九三学社琚岭县委员会社情民意信息工作办法",
        record_title="九三学社琚岭县委员会社情民意信息工作办法.wps",
        date=None,
        notes="the whole text on one line (paragraphs only apart by their indent), cut by page markers ⸂2⸃ inside the line; file-name record title (.wps); no date in the rules",
        page="""
!m 文档小站 — 文本预览
!m 文件：九三学社琚岭县委员会社情民意信息工作办法.wps　｜　大小：31KB
{BODY}
!a 下载源文件　转为PDF
!d 文本预览由系统自动生成，格式可能有误
""",
        oneline=True,
        indent="\u3000\u3000",
        pages=dict(fmt="⸂{n}⸃", every=100, start=2),
        body="""
第一条　为做好社情民意信息工作，充分发挥社员参政议政作用，结合县委会实际，制定本办法。
第二条　社情民意信息应当反映经济社会发展中的热点难点问题和群众普遍关心的问题，做到事实准确、建议可行。
第三条　县委会参政议政委员会负责社情民意信息的征集、审核和报送工作，各支社确定一名信息员。
第四条　对被上级采用的信息，县委会在年度考核中给予加分，并在全县社员大会上通报表扬。
第五条　本办法由县委会参政议政委员会负责解释，自印发之日起施行。
""",
    ),
    dict(
        slug="download-bamboo-contingency-old-asp-html",
        site="素材下载站 (invented, ASP file-info table)",
        style="资料下载站",
        genre="应急预案",
        kind="plan",
        form="html",
        source="http://www.sucaixz.example.com/soft/showsoft.asp?softid=21877",
        title="竹制品加工企业火灾事故应急预案",
        record_title="竹制品加工企业火灾事故应急预案 Word版下载",
        date=None,
        notes="old ASP download page: a file-info table (size, language, grade, update time), three mirror links, a dead-link report, the document as a 'preview' block; its duty phone (a placeholder number of the document) kept; no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>竹制品加工企业火灾事故应急预案 Word版下载_素材下载站</title></head><body>
<table width="960" align="center"><tr><td>⟦m 素材下载站 — 办公文档 — 应急预案⟧</td></tr>
<tr><td><table border="1"><tr><td>⟦m 资料名称：竹制品加工企业火灾事故应急预案⟧</td><td>⟦m 资料大小：46KB⟧</td></tr>
<tr><td>⟦m 资料语言：简体中文⟧</td><td>⟦m 资料等级：★★★☆☆⟧</td></tr><tr><td>⟦m 更新时间：2025-3-7 22:18:10⟧</td><td>⟦m 下载次数：本日3 本周19⟧</td></tr></table></td></tr>
<tr><td><b>⟦m 资料简介：⟧</b>
{BODY}
</td></tr>
<tr><td>⟦a 下载地址：【电信下载一】 【联通下载二】 【备用下载三】⟧</td></tr>
<tr><td>⟦a 如果下载地址失效，请点此报告错误⟧</td></tr>
<tr><td>⟦d 本站资料均来源于网络，仅供学习研究，请在下载后24小时内删除⟧</td></tr></table>
</body></html>
""",
        p_html="<br>{}",
        body="""
一、目的：为有效预防和处置竹制品加工车间火灾事故，最大限度减少人员伤亡和财产损失，制定本预案。
二、应急组织：公司成立火灾事故应急指挥部，总经理任总指挥，下设灭火行动组、疏散引导组、通讯联络组和医疗救护组。
三、处置程序：发现火情后，现场人员立即报告值班室并使用就近灭火器材扑救；火势无法控制时，立即拨打119报警，疏散引导组组织人员从安全出口撤离。
四、预防措施：烘干车间、砂光车间严禁烟火，粉尘每班清扫，除尘设备每周检查一次。
五、值班电话：×××-××××××××（公司值班室）。
""",
    ),
    dict(
        slug="download-artexam-school-safety-rules",
        site="资料下载吧 (invented)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="text",
        source="http://www.zlxzba.example.com/down/60391.html",
        title="艺考培训学校学员安全管理制度",
        record_title="【免费下载】艺考培训学校学员安全管理制度（doc格式）",
        date=None,
        notes="download page: file properties, a 'high-speed download needs the client' prompt, a pop-up ad line; articles on 打印/扫码 sign-in kept; no date; decorated record title",
        page="""
!m 资料下载吧 > 教育培训 > 管理制度
!t 艺考培训学校学员安全管理制度
!m 文件格式：doc　文件大小：38KB　授权方式：免费　添加日期：2025-02-28
!a 高速下载（需安装下载吧客户端）　普通下载
{BODY}
!a 【弹窗】艺考冲刺营火热报名，点击了解
!l 相关下载：学员请假销假制度.doc　宿舍安全公约.doc
""",
        body="""
第一条　为保障学员人身和财产安全，维护正常教学秩序，制定本制度。
第二条　学员每日上课和晚自习实行扫码签到，班主任每日打印签到表，对未到学员须在半小时内联系家长。
第三条　集训期间学员外出须填写请假条，经班主任和家长同意后方可离校，并按时返校销假。
第四条　舞蹈、形体训练须在教师指导下进行，训练前充分热身，严禁私自练习高难度动作。
第五条　学员宿舍严禁使用大功率电器，严禁留宿外来人员。
""",
    ),
    dict(
        slug="netdisk-choir-festival-plan-html",
        site="星盘云 (invented, cloud-drive share)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://pan.xingpanyun.example.com/s/1qA8ZkR2",
        title="第五届瑭口合唱节活动方案",
        record_title="第五届瑭口合唱节活动方案.docx",
        date="2025-08-20",
        notes="cloud-drive share page: sharer line, expiry (no date), 'save to my drive / download' buttons, an 'open the app for faster download' prompt, a file list with sizes; the plan's schedule table and 成文日期 kept; file-name record title",
        page="""
<html><head><meta charset="utf-8"><title>第五届瑭口合唱节活动方案.docx_免费高速下载|星盘云</title></head><body>
<div class="hd">⟦m 星盘云⟧　<a>⟦a 登录⟧</a></div>
<div class="share"><p>⟦m 瑭口爱乐小邱 分享了文件⟧</p><p>⟦m 失效时间：7天后⟧</p>
<h2>⟦t 第五届瑭口合唱节活动方案.docx⟧</h2><p>⟦m 128.4KB⟧</p>
<p>⟦a 保存到我的星盘　下载⟧</p></div>
<div class="preview">
{BODY}
</div>
<div class="app">⟦a 打开星盘云APP，下载速度提升3倍⟧</div>
<div class="ft">⟦d 请勿通过星盘云分享侵权内容，一经发现将予以封禁⟧</div>
</body></html>
""",
        body="""
为展示全区群众合唱艺术成果，经研究，决定举办第五届瑭口合唱节。
一、组织单位：瑭口区文化和旅游局主办，瑭口区文化馆、瑭口爱乐合唱团承办。
二、参演队伍：各街道（镇）、区直机关和企事业单位各推荐合唱队一支，每队人数30至60人。
三、日程安排
日期　内容
10月11日　报到、走台
10月12日　展演（上午A组，下午B组）
10月13日　优秀节目汇报演出
四、报名：请于9月20日前将报名表报区文化馆群文部。
瑭口区文化和旅游局
2025年8月20日
""",
    ),
    dict(
        slug="netdisk-college-exam-rules-pdf-preview",
        site="校园网盘 (invented)",
        style="网盘分享",
        genre="制度",
        kind="other",
        form="text",
        source="http://pan.chengxi-college.example.edu.cn/share/preview?fid=55190",
        title="琤溪学院考试考场规则",
        record_title="琤溪学院考试考场规则.pdf",
        date=None,
        notes="campus cloud-drive PDF preview: sharer and expiry lines, a 'page 1 of 1' print footer counted as a page marker, a download button; numbered articles kept; the rule's revision year only in a sentence; file-name record title",
        page="""
!m 校园网盘 · 文件预览
!m 分享人：教务处考试科　有效期：永久　浏览：1208
!t 琤溪学院考试考场规则.pdf
{BODY}
!p — 页 1 / 1 —
!a 下载（PDF，216KB）　|　转存
""",
        body="""
一、考生应提前15分钟进入考场，凭学生证和身份证对号入座，迟到15分钟以上者不得进入考场。
二、考生只准携带黑色签字笔、2B铅笔、橡皮等考试必需用品，手机等电子设备须关机后放在指定位置。
三、考试开始后30分钟内不得交卷离场。
四、考生不得交头接耳、偷看他人试卷，违者按学校考试违纪处理办法处理。
五、本规则自2025年秋季学期起施行，由教务处负责解释。
""",
    ),
]
