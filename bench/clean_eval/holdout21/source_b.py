"""Holdout21, part B: 范文 sites, paid previews, sharing and download stations, 范文
apps and cloud-drive shares — carrying documents of a driving-safety class, a township
health centre, a technician college, a fireworks factory, a grain-and-oil mill, a
village doctor, a nursing school and a meeting-transcription export. Invented text; see
../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-xiezhai-insight-glued-service",
        site="写斋范文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.xiezhai365.example.com/xdth/anquan/51207.html",
        title="参加驾驶员安全警示教育培训心得体会",
        record_title="参加驾驶员安全警示教育培训心得体会（汇编5篇）",
        date=None,
        notes="decorated record title; a writing-service prompt glued after a sentence; a 'member only' action between paragraphs on a line of its own; no date; 'scan to follow' sentence in the body",
        indent="　　",
        page="""
!m 写斋范文网 —— 千万篇范文 随写随用
!m 当前所在：写斋 / 心得体会 / 安全心得
!t 参加驾驶员安全警示教育培训心得体会（汇编5篇）
!m 编辑：小蔓　更新：前天　人气：4,415
!a ☆ 加星收藏　⎘ 复制全文需开通会员
{BODY}
!l 本类推荐 ▾
!l 安全生产月活动心得（精选3篇）
!l 交通安全“进企业”宣讲稿
!d 本页内容由写斋用户整理发布，如涉版权请发邮件，核实后24小时内处理。
!m 写斋范文网　沪ICP备19033871号-4
""",
        body="""
5月16日，单位组织全体驾驶员参加了为期一天的安全警示教育培训。培训通过观看事故案例视频、听取交警专题讲解和现场答题等方式进行，让我深受触动。⟦w 需要原创定制请找写斋老师：微信 xz_laoshi66⟧
培训中播放的几起事故，起因大多是疲劳驾驶、超速行驶和开车看手机。一个小小的疏忽，就给家庭带来无法弥补的伤痛。
⟦a 剩余3篇为会员专享，开通后继续阅读 ›⟧
作为一名公车驾驶员，我深知自己肩上的责任。今后我将做到出车前认真检查车况，行车中不接打电话，长途驾驶每两小时停车休息一次。
培训结束时，交警同志提醒大家扫码关注“平安出行”公众号，及时了解道路预警信息，我当场就关注了。
安全无小事，责任重于山。我将把这次培训的收获落实到每一次出车中去。
""",
    ),
    dict(
        slug="fanwen-zhuwen-speech-old-table-cn-date",
        site="竹文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.zhuwen.example.net/html/jianghua/201905/2217.html",
        title="在全镇卫生院职工大会上的讲话",
        record_title="在全镇卫生院职工大会上的讲话-竹文网",
        date="2019-05-08",
        notes="old gb2312 table layout of a 范文 site: a left category column, a 【字体：小 中 大】 row in other words, a floating QQ box; the date under the title in Chinese numerals (neutral line) is the date; a speaker line neutral",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>在全镇卫生院职工大会上的讲话-竹文网</title></head>
<body topmargin="0">
<table width="980" border="0" align="center"><tr><td><img src="/img/logo.gif" alt="">⟦m 竹文网 www.zhuwen.example.net⟧</td><td>⟦a 设为首页⟧ ⟦a 加入收藏⟧</td></tr></table>
<table width="980" align="center"><tr><td width="180" valign="top">
<table><tr><td>⟦l ■ 范文分类⟧</td></tr><tr><td>⟦l 讲话致辞 | 工作总结 | 述职报告 | 演讲稿⟧</td></tr></table>
</td><td valign="top">
<table width="100%"><tr><td>⟦m 您的位置：竹文网 &gt;&gt; 讲话致辞 &gt;&gt; 卫生系统讲话⟧</td></tr>
<tr><td align="center"><font size="4"><b>{T}</b></font></td></tr>
<tr><td align="center">镇党委书记　倪永康</td></tr>
<tr><td align="center">（二〇一九年五月八日）</td></tr>
<tr><td align="center">⟦a 〖字号：调大 还原 调小〗⟧</td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td>⟦l 上一篇：在全县卫生健康工作会议上的表态发言⟧<br>⟦l 下一篇：卫生院院长就职演说⟧</td></tr></table>
</td></tr></table>
<div id="float">⟦w 在线客服 QQ：2417730985⟧</div>
<table width="980" align="center"><tr><td align="center">⟦d 本站文章均来自网友投稿，仅供学习参考⟧<br>⟦m Copyright 2008-2019 竹文网 鲁ICP备08011426号⟧</td></tr></table>
</body></html>
""",
        body="""
同志们：
今天召开全镇卫生院职工大会，主要是总结去年工作，分析当前形势，部署今年任务。
去年，镇卫生院门诊量达到4.6万人次，住院病人1800人次，家庭医生签约率达到68%，各项工作都有新进步。
但是也要看到，我们的服务能力与群众的期盼还有差距，部分科室设备老化，人才留不住的问题比较突出。
今年，卫生院要重点抓好三件事：一是抓好基本公共卫生服务，二是抓好中医馆建设，三是抓好医德医风建设。
同志们，群众健康无小事，希望大家齐心协力，为全镇群众提供更加优质的医疗服务。
""",
    ),
    dict(
        slug="wenku-jingye-plan-paid-markers",
        site="经页文库 (invented)",
        style="文库预览",
        genre="计划",
        kind="plan",
        form="text",
        source="https://wenku.jingye.example.com/view/8c31f0a77d.html",
        title="技师学院2025—2026学年学生工作计划",
        record_title="技师学院2025—2026学年学生工作计划.docx",
        date=None,
        notes="a paid preview: ⊹N⊹ markers glued or not cut sentences; a 'preview ends here' prompt with a price; the file name as record title; a contributor line; no date",
        pages=dict(fmt="⊹{n}⊹", every=80, start=2, glue="mix"),
        page="""
!m 经页文库 · 专业文档分享
!t 技师学院2025—2026学年学生工作计划.docx
!m 贡献者：xg_li2017　｜　页数：5页　｜　格式：DOCX　｜　评分 4.7
!a 〔下载文档〕　〔转存手机〕　〔加入文件夹〕
{BODY}
!a 预览已结束，本文档剩余2页未读，支付 ¥5.90 下载完整版
!l 与本文相似的文档
!l 中职学校班主任工作计划（范本）
!l 学生处学期工作要点 2025
!d 温馨提示：文档内容由用户上传分享，经页文库仅提供信息存储空间服务。
""",
        body="""
新学年，学生工作处将以立德树人为根本任务，围绕技能人才培养目标，扎实做好学生教育管理和服务工作。
一、加强思想政治教育
1.每月组织一次主题班会，开展工匠精神、职业道德和安全法治教育。
2.发挥学生党员和学生干部的示范作用，组织“技能报国”宣讲活动。
二、规范学生日常管理
1.落实班主任坐班制度，实行早操、晚自习考勤日报告。
2.加强学生公寓管理，每周开展一次内务卫生和用电安全检查。
三、做好学生资助和心理健康工作
严格资助对象认定程序，确保资助资金按时足额发放；每学期开展一次心理普查，建立重点学生关爱档案。
""",
    ),
    dict(
        slug="wenku-youdu-research-html-page-paras",
        site="优读文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.youduwk.example.com/d/4410872.html",
        title="关于乡镇卫生院服务能力提升情况的调研报告",
        record_title=None,
        date="2025-03-20",
        notes="HTML preview: page markers ₍N₎ as paragraphs between the halves of cut paragraphs; no record title; page header h1; 成文日期 at the end; a 'continue reading' paywall box",
        pages=dict(fmt="₍{n}₎", every=90, start=2),
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于乡镇卫生院服务能力提升情况的调研报告 - 优读文库</title></head><body>
<div class="nav">⟦m 优读文库⟧ <a>⟦m 分类⟧</a> <a>⟦m 专题⟧</a> <a>⟦a 上传文档⟧</a> <a>⟦a 登录 / 注册⟧</a></div>
<div class="doc-head"><h1>{T}</h1><span>⟦m 6页　1.2万字　下载 96 次⟧</span></div>
<div class="reader">
{BODY}
</div>
<div class="paywall">⟦a 试读到此结束，开通优读VIP可免费下载全文⟧ <button>⟦a 立即开通⟧</button></div>
<div class="recommend"><h4>⟦l 为你推荐⟧</h4><ul><li>⟦l 基层医疗机构能力建设调研（精华版）⟧</li><li>⟦l 县域医共体建设情况汇报⟧</li></ul></div>
<footer>⟦d 本站不对用户上传内容的真实性负责⟧ ⟦m 浙B2-20210155⟧</footer>
</body></html>
""",
        body="""
按照县政协年度协商计划安排，调研组于2月下旬至3月中旬，对全县14家乡镇卫生院服务能力提升情况开展了专题调研。
一、基本情况
近年来，全县累计投入资金1.3亿元改造乡镇卫生院业务用房，14家卫生院全部达到国家“基本标准”，其中5家达到“推荐标准”。
二、存在的问题
一是人才队伍不稳，乡镇卫生院中级以上职称人员占比仅为19%；二是设备使用率不高，部分CT、彩超设备缺少专业操作人员；三是群众就医习惯尚未扭转，县外就诊比例仍然较高。
三、意见建议
建议实行“县管乡用”人才管理模式，推动县级医院医生定期下沉坐诊，并将卫生院服务能力纳入乡镇年度考核。
县政协教科卫体委员会调研组
2025年3月20日
""",
    ),
    dict(
        slug="docshare-fenxiang-host-script-wrapped-markers",
        site="纷享文档 (invented)",
        style="文档分享",
        genre="主持词",
        kind="speech",
        form="text",
        source="https://www.fenxiangdoc.example.cn/p-77120984.html",
        title="象棋协会第三届会员大会主持词",
        record_title="象棋协会第三届会员大会主持词.docx",
        date=None,
        notes="wrapped at 58 columns and cut by ╳N╳ markers glued or not between wrapped lines; a host script's 议程 lines; an upload notice and a points prompt; no date",
        wrap=58,
        pages=dict(fmt="╳{n}╳", every=90, start=2, glue="mix"),
        page="""
!t 象棋协会第三届会员大会主持词.docx
!m 上传者：qiyou_老周　上传于：2025-04-03　大小：21KB
!a 下载所需积分：3　｜　VIP会员免费下载
{BODY}
!d 本文档由用户自行上传，纷享文档不拥有其著作权，如有侵权请点击“投诉”。
!l 猜你想搜：棋类比赛开幕式主持词　协会换届大会议程
""",
        body="""
各位会员、各位棋友：
大家上午好！芰湖县象棋协会第三届会员大会现在开始。本次大会应到会员136人，实到118人，符合章程规定人数。
大会共有四项议程：一是审议第二届理事会工作报告；二是审议财务报告；三是选举产生第三届理事会；四是新任会长讲话。
下面进行第一项议程，请第二届理事会会长宋光明作工作报告。
接下来，请大家以无记名投票方式选举新一届理事会，请监票人、计票人就位。
大会各项议程已全部完成。芰湖县象棋协会第三届会员大会到此结束，谢谢大家！
""",
    ),
    dict(
        slug="docshare-yunjuan-request-techcollege",
        site="云卷文档网 (invented)",
        style="文档分享",
        genre="请示",
        kind="request",
        form="text",
        source="https://www.yunjuandoc.example.com/doc/2025/5520317.html",
        title="关于增设工业机器人应用与维护专业的请示",
        record_title="〖精编〗关于增设工业机器人应用与维护专业的请示",
        date="2025-06-03",
        notes="decorated record title with 〖精编〗; the title repeated twice (second time decorated); the request's own 联系人/电话 and 附件; document number neutral; a download-app prompt",
        page="""
!m 云卷文档网 - 文档改变学习
!t 〖精编〗关于增设工业机器人应用与维护专业的请示
!a 打开云卷APP，免积分下载本文 ＞
{T}
芎技院〔2025〕22号
{BODY}
!l 相关文档推荐：
!l 关于设置新专业的可行性论证报告
!l 技工院校专业设置申报表（填写示例）
!d 云卷文档网所有资源均来源于网友上传，仅供交流学习。
""",
        body="""
市人力资源和社会保障局：
为适应我市装备制造业转型升级对技能人才的需求，我院拟于2025年秋季增设工业机器人应用与维护专业（高级工层次）。现将有关情况请示如下。
一、设置依据。全市现有工业机器人应用企业46家，相关岗位缺口约900人，本专业毕业生就业前景良好。
二、办学条件。学院已建成工业机器人实训室2个，拥有六轴工业机器人12台，专业教师8人，其中高级技师3人。
三、招生计划。首年拟招生2个班共90人，学制三年。
妥否，请批示。
附件：1.专业设置论证报告
2.实训设备清单
联系人：谢方舟　电话：0817-2260451
芎川技师学院
2025年6月3日
""",
    ),
    dict(
        slug="download-yuncang-fireworks-plan-asp",
        site="云仓资料站 (invented)",
        style="资料下载站",
        genre="应急预案",
        kind="plan",
        form="html",
        source="http://www.yuncangzl.example.com/soft/anquan/6631.html",
        title="烟花爆竹生产企业火灾爆炸事故应急预案",
        record_title="烟花爆竹生产企业火灾爆炸事故应急预案【word版】",
        date=None,
        notes="old ASP download-station table layout with a file-info table (大小/授权/语言/下载次数), mirror links and a 'report broken link' button; a preview of the plan; the plan's own 应急电话 list kept",
        page="""
<html><head><meta charset="gb2312"><title>烟花爆竹生产企业火灾爆炸事故应急预案【word版】_云仓资料站</title></head><body>
<table width="960" align="center"><tr><td>⟦m 云仓资料站 — 安全资料免费下⟧</td><td>⟦m 首页 | 安全资料 | 管理制度 | 应急预案 | 表格模板⟧</td></tr></table>
<table width="960" align="center"><tr><td>⟦m 当前位置：首页 → 应急预案 → 危化品⟧</td></tr></table>
<table width="960" align="center" border="1">
<tr><td colspan="2"><b>{T}</b></td></tr>
<tr><td>⟦m 资料大小：86 KB⟧</td><td>⟦m 资料授权：免费资料⟧</td></tr>
<tr><td>⟦m 更新时间：2024-11-20 08:12⟧</td><td>⟦m 下载次数：本日 3　总计 1187⟧</td></tr>
<tr><td colspan="2">⟦a 下载地址：电信下载1　联通下载2　备用下载⟧</td></tr>
<tr><td colspan="2">⟦a 【报告错误】【加入收藏】⟧</td></tr>
<tr><td colspan="2">资料简介：
{BODY}
</td></tr></table>
<table width="960" align="center"><tr><td>⟦l 相关资料：危险化学品仓库应急预案 | 粉尘防爆专项预案⟧</td></tr>
<tr><td align="center">⟦d 本站资料仅供学习研究，请在下载后24小时内删除⟧<br>⟦m 云仓资料站 版权所有 Copyright 2006-2025⟧</td></tr></table>
</body></html>
""",
        body="""
1 总则
1.1 为及时、有效处置本企业火灾、爆炸事故，最大限度减少人员伤亡和财产损失，制定本预案。
1.2 本预案适用于本企业生产区、仓储区发生的火灾、爆炸事故的应急处置。
2 应急组织机构
公司成立应急救援指挥部，总经理任总指挥，下设警戒疏散组、抢险灭火组、医疗救护组和后勤保障组。
3 应急处置
3.1 发现火情后，现场人员应立即报告并按下报警按钮，在确保安全的前提下使用灭火器扑救初起火灾。
3.2 火势无法控制时，全体人员按疏散路线撤离至厂区东侧应急集合点，严禁返回危险区域。
4 应急联络
总指挥　136 0731 5520　厂区值班室　0731-8860115
""",
    ),
    dict(
        slug="download-zhiku-grainmill-rules-print-articles",
        site="职库下载 (invented)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="text",
        source="https://www.zhiku-down.example.com/zd/3387.html",
        title="粮油加工厂文件资料管理制度",
        record_title="粮油加工厂文件资料管理制度.doc",
        date=None,
        notes="a regulation whose articles speak of 打印/复印/下载/扫描; file-name title; a points counter and an unzip-password line; no date",
        page="""
!m 职库下载 ｜ 企业制度大全
!t 粮油加工厂文件资料管理制度.doc
!m 分类：行政制度　｜　格式：doc　｜　热度：★★★★☆
!a 解压密码：www.zhiku-down.example.com
{BODY}
!a 本资料共6页，完整版请点击【本地下载】
!l 【同类推荐】仓储管理制度 / 车间安全操作规程 / 食品召回制度
!d 免责：资料来源于网络，版权归原作者所有。
""",
        body="""
第一条　为规范本厂文件资料的收发、打印、复印和归档工作，保证文件资料的完整与安全，制定本制度。
第二条　各类文件由办公室统一登记编号，未经登记的文件不得打印或对外发送。
第三条　涉及生产配方、质量检验数据的资料，复印须经分管副厂长签字同意，并在复印登记簿上登记。
第四条　员工从内部网络下载的文件，仅限工作使用，不得通过个人邮箱或社交软件外传。
第五条　纸质档案扫描后，原件按年度装盒归档，电子文件每月备份一次。
第六条　本制度由厂办公室负责解释，自发布之日起执行。
""",
    ),
    dict(
        slug="fanwenapp-miaobi-insight-village-doctor",
        site="妙笔公文APP (invented)",
        style="范文APP",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://share.miaobi.example.com/s/a9F2kL?from=app",
        title="一名乡村医生的从医心得",
        record_title="一名乡村医生的从医心得｜妙笔公文",
        date=None,
        notes="an app's share page: open-in-app banner, a 'fold / expand' link on a line of its own inside the body, a likes row; a personal essay that mentions 下载 an app for medical-insurance payments; no date",
        page="""
!a 妙笔公文 · App内打开，体验更流畅　［打开］
!t 一名乡村医生的从医心得｜妙笔公文
!m 作者：蕺山卫生室　｜　1.3万人读过
{BODY}
!l ❤ 286　　💬 评论 31　　↗ 转发
!a 登录妙笔，解锁10万+公文模板
""",
        body="""
我在蕺山村卫生室当了二十二年乡村医生，村里谁家有高血压、谁家老人腿脚不好，我心里都有一本账。
过去看病靠一个听诊器、一支体温计，现在卫生室有了心电图机和远程会诊终端，村民在家门口就能请县医院专家看片子。
⟦a 展开剩余62% ∨⟧
去年我教村里的老人下载医保App，学会了线上报销，大家都说方便。
这些年我最深的体会是，乡村医生要守得住清贫，也要跟得上变化。只要村民需要，我就会一直守在这里。
""",
    ),
    dict(
        slug="fanwenapp-gongwenbao-summary-h5",
        site="公文宝 (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://h5.gongwenbao.example.com/article/3308217",
        title="乡镇统计站2024年度工作总结",
        record_title=None,
        date="2024-12-26",
        notes="an app's H5 share page: fixed top download banner, app-only copy lock notice, a reading-progress bar label, an in-body 'open app to read' box between paragraphs; the title only in the page; signature date",
        page="""
<!DOCTYPE html><html><head><meta name="viewport" content="width=device-width"><title>公文宝</title></head><body>
<div class="banner">⟦a 下载公文宝App · 新人领7天会员⟧</div>
<div class="wrap"><h2 class="t">{T}</h2>
<div class="u">⟦m 公文宝精选 · 阅读 5.6万 · 收藏 812⟧</div>
<div class="lock">⟦d 本文受版权保护，H5端暂不支持复制⟧</div>
{BODY}
<div class="prog">⟦a 已阅读 100%⟧</div>
<div class="more"><p>⟦l 看了本文的人还看了⟧</p><p>⟦l 统计员个人年度述职（精编）⟧</p><p>⟦l 乡镇统计工作要点⟧</p></div>
</div>
<div class="fix">⟦a 在App内收藏⟧ ⟦a 一键生成我的总结⟧</div>
</body></html>
""",
        body="""
2024年，镇统计站在县统计局和镇党委、政府的领导下，认真履行统计调查职责，较好完成了各项统计任务。
一是圆满完成第五次全国经济普查入户登记工作，共登记法人单位412家、个体经营户2938户，数据质量抽查差错率低于规定标准。
⟦a 打开App阅读全文，还有3段未展示 ›⟧
二是规范“四上”企业统计，指导企业建立原始记录和统计台账，全年联网直报及时率100%。
三是开展统计法治宣传，在集镇和企业张贴宣传画200余张，营造了依法统计的良好氛围。
薤原镇统计站
2024年12月26日
""",
    ),
    dict(
        slug="netdisk-naslink-nursing-school-plan",
        site="私有云分享页 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="http://nas.weishengxiao.example.cn:5000/sharing/Qx8TzW1",
        title="2025届护理专业学生毕业实习安排方案",
        record_title="2025届护理专业学生毕业实习安排方案.pdf",
        date="2024-06-28",
        notes="a school NAS's share page: link expiry, the folder listing, a preview layer; an internship table; the plan's own 带教老师 phone list and e-mail; ⌇N⌇ page markers on lines of their own cut sentences",
        pages=dict(fmt="⌇{n}⌇", every=120, start=2),
        page="""
!m 菀川卫生学校 · 文件共享服务
!m 分享者：jiaowuchu　｜　链接有效期至 2025-06-30
!a 全部下载　｜　保存到我的空间
!m /教务处/实习管理/
!t 2025届护理专业学生毕业实习安排方案.pdf
!m 预览 · 第1/3页
{BODY}
!d 此分享由用户个人创建，系统不对内容负责。
""",
        body="""
根据护理专业人才培养方案，2025届护理专业学生自2024年7月起进入毕业实习阶段，实习时间为10个月。
一、实习医院及人数
实习医院　人数　带队教师
菀川市人民医院　60　邱素兰
菀川市中医医院　35　黄莹
二、实习要求
1.学生须严格遵守医院规章制度，按科室轮转计划完成实习。
2.实习期间每月提交一份实习周记，于学期末将实习鉴定表交教务处。
3.学生请假一天以内由带教老师批准，一天以上须报学校同意。
三、联系方式
教务处实习科：0835-6128033，邮箱sxk@wsx.example.cn。
菀川卫生学校教务处
2024年6月28日
""",
    ),
    dict(
        slug="netdisk-xunpan-minutes-transcript-html",
        site="迅盘 (invented)",
        style="网盘分享",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="https://pan.xunpan.example.com/s/1kJ9fZ",
        title="乡村振兴项目推进视频调度会纪要",
        record_title="乡村振兴项目推进视频调度会纪要.docx",
        date="2025-08-12",
        date_also=["2025-08-11"],
        notes="a cloud drive's online preview of a transcription app's export: speaker tags and timecodes were not kept, the minutes are; a 'save to my drive' bar, file size and expiry; 印发 date expected, meeting date also accepted",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>乡村振兴项目推进视频调度会纪要.docx - 迅盘分享</title></head><body>
<header>⟦m 迅盘⟧ <a>⟦a 登录⟧</a> <a>⟦a 客户端下载⟧</a></header>
<div class="file"><h3>⟦t 乡村振兴项目推进视频调度会纪要.docx⟧</h3><span>⟦m 36.4KB · 分享于 2025-08-13 · 7天后失效⟧</span>
<button>⟦a 保存到迅盘⟧</button> <button>⟦a 下载(需登录)⟧</button></div>
<div class="preview">
{BODY}
</div>
<div class="tip">⟦d 请勿分享违法违规内容，迅盘将依法配合有关部门处理⟧</div>
<div class="ad">⟦a 开通超级会员，预览速度提升5倍⟧</div>
</body></html>
""",
        body="""
时间：2025年8月11日15:00
地点：县政府视频会议室（各乡镇设分会场）
主持：副县长　覃立新
会议通报了上半年乡村振兴衔接资金项目进展情况，研究了下一步工作。纪要如下：
一、全县计划实施衔接资金项目86个，已开工79个，完工41个，资金支出进度58%。
二、未开工的7个项目，所在乡镇要在8月底前全部开工，逾期未开工的调整资金用途。
三、县农业农村局每半月通报一次项目进度，并纳入乡镇年度考核。
苓口县人民政府办公室
2025年8月12日印发
""",
    ),
]
