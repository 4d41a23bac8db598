"""Holdout6 cases, part E: document-sharing and download sites, cloud-drive shares, OCR'd scans,
PPT-to-text dumps, search/translation mirrors and print views. Invented text; see ../README.md."""

CASES = [
    dict(
        slug="docshare-ocr-scan-notice-wrapped-markers",
        site="扫描件分享站 简档 (invented)",
        style="文档分享",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.jiandang.net/scan/d/55120738",
        title="关于进一步规范村级财务管理的通知",
        record_title="扫描件_关于进一步规范村级财务管理的通知.pdf",
        date="2025-02-17",
        notes="OCR'd scan of a paper notice: scanner-app stamp, hard-wrapped at 56 columns, '·n·' page markers between lines; document number neutral; 抄送 and 印发 版记 stay; signature date in Chinese numerals",
        page="""
!m 简档 · 扫描件在线预览
!m 识别方式：OCR自动识别（准确率约97%）　共3页
!a 下载原件　　纠错　　转为Word
!m 速扫王 扫描创建
柘农经〔2025〕4号
{T}
{BODY}
!d OCR识别结果仅供参考，请以原件为准。
!a 识别不准确？点此人工校对（￥2/页）
""",
        wrap=56,
        pages=dict(fmt="·{n}·", every=105, start=2),
        body="""
各乡镇人民政府：
为进一步加强村级财务管理，保障村集体资金资产安全，根据有关规定，现就有关事项通知如下：
一、严格执行“村财乡管”制度。村级资金一律进入乡镇“三资”管理平台核算，村级不得设立小金库，不得坐收坐支。
二、规范村级非生产性开支。村级招待费、差旅费等实行年度限额管理，单笔支出5000元以上的须经村“两委”会议研究并公示。
三、加强村级财务公开。各村每季度公开一次财务收支情况，群众有疑问的，乡镇农经站要在10个工作日内答复。
柘水县农业农村局
二〇二五年二月十七日
抄送：县纪委监委，县财政局。
柘水县农业农村局办公室　2025年2月18日印发
""",
    ),
    dict(
        slug="downsite-ppt-dump-slide-markers",
        site="课件下载站 讲堂之家 (invented)",
        style="资料下载站",
        genre="党课讲稿",
        kind="speech",
        form="text",
        source="http://www.jiangtangzhijia.com/ppt/dangke/19230.html",
        title="专题党课：以严的基调强化纪律建设",
        record_title="专题党课：以严的基调强化纪律建设.pptx",
        title_in="file-name",
        date=None,
        notes="PPT-to-text dump: slide separators between paragraphs, speaker-notes label, download box; file name .pptx as title; no date",
        page="""
!m 讲堂之家 — 党课课件免费下载
!m 文件类型：PPTX　大小：12.6MB　幻灯片：24张　下载次数：3180
!a 【本地下载】　【迅雷下载】　【网盘下载】
!m ===== 文本内容提取 =====
{BODY}
!m ===== 提取结束 =====
!d 温馨提示：本站课件均来自网络，仅供学习交流，请于下载后24小时内删除。
!l 相关课件：纪律教育学习月党课PPT｜廉洁文化建设专题党课
""",
        body="""
⟦p 【幻灯片 1】⟧
⟦t 专题党课：以严的基调强化纪律建设⟧
⟦p 【幻灯片 2】⟧
同志们，今天我和大家一起学习交流如何以严的基调强化纪律建设。纪律是党的生命线，严明的纪律是我们党的光荣传统和独特优势。
⟦p 【幻灯片 3】⟧
一是学纪要深。要原原本本学习党章和《中国共产党纪律处分条例》，弄清楚哪些能做、哪些不能做。
⟦m 【演讲者备注】⟧二是守纪要严。要把纪律挺在前面，从小事小节上严起，不以善小而不为，不以恶小而为之。
⟦p 【幻灯片 4】⟧
三是执纪要准。要精准运用监督执纪“四种形态”，做到严管和厚爱结合、激励和约束并重。
⟦p 【幻灯片 5】⟧
谢谢大家！
""",
    ),
    dict(
        slug="clouddrive-share-summary-file-list",
        site="云桥网盘 share page (invented)",
        style="网盘分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://pan.yunqiao.example.com/s/1aB9zRkQ",
        title="岑阳市第二中学2024-2025学年第一学期德育工作总结",
        record_title="岑阳市第二中学2024-2025学年第一学期德育工作总结.wps",
        date="2025-01-15",
        notes="cloud-drive share: file list, expiry line, transfer buttons; .wps file name; signature date under the school name",
        page="""
!m 云桥网盘 | 分享无限制
!m 分享者：岑阳教研资料　　有效期：永久　　分享时间：2025-02-20 10:03
!l 📁 德育资料（共14个文件）
!l 📄 岑阳市第二中学2024-2025学年第一学期德育工作总结.wps　38KB
!l 📄 班主任工作手册.docx　121KB
!a 保存到我的网盘　　下载　　举报
!m ---------- 文件预览 ----------
{BODY}
!a 预览仅显示前3页，完整文件请保存后查看
!d 请勿分享违法违规内容，网盘将依法配合有关部门调查。
""",
        indent="    ",
        body="""
本学期，学校德育工作坚持立德树人根本任务，以养成教育为基础，以主题活动为载体，努力培养学生良好的道德品质和行为习惯。
一、抓队伍，提升德育工作水平。组织班主任培训4次，开展班主任基本功大赛，评选优秀班主任12名。
二、抓常规，规范学生日常行为。坚持每日文明班级评比，开展“文明礼仪月”活动，学生违纪人次较上学期下降37%。
三、抓活动，丰富德育内涵。组织“红色经典诵读”“劳动实践周”等主题活动9项，参与学生2600余人次。
四、抓协同，构建家校共育格局。召开家长会2次，家访学生家庭486户，开设家长课堂6期。
岑阳市第二中学政教处
2025年1月15日
""",
    ),
    dict(
        slug="docshare-oneline-request-glued-markers",
        site="文档汇 (invented)",
        style="文档分享",
        genre="请示",
        kind="notice",
        form="text",
        source="https://www.wendanghui.org/p/90718823.html",
        title="关于申请拨付2025年度社区服务群众专项经费的请示",
        record_title="关于申请拨付2025年度社区服务群众专项经费的请示 - 文档汇",
        date="2025-03-25",
        notes="whole page body on one line with page markers glued inside it ('#n'); signature date; site suffix",
        page="""
!m 文档汇　　分享文档　　赚取收益
{T}
!m 上传于2025-04-01　｜　2页　｜　7人下载
{BODY}
!a 下载本文档需 2 文档币　　立即下载
!l 同类推荐：关于申请工作经费的请示｜社区办公用房请示
""",
        oneline=True,
        indent="\u3000\u3000",
        pages=dict(fmt="#{n}", every=80, start=2, glue=True),
        body="""
街道党工委、办事处：
根据《关于加强社区服务群众专项经费管理的通知》要求，我社区2025年度服务群众专项经费核定为20万元。为保障社区各项服务活动正常开展，特申请拨付上述经费。
经费主要用于：一是开展“邻里节”等社区文化活动，预计6万元；二是为高龄、独居老人提供助餐助洁服务，预计8万元；三是小区环境微改造，预计6万元。
妥否，请批示。
桐荫社区居民委员会
2025年3月25日
""",
    ),
    dict(
        slug="snapshot-translation-mirror-speech",
        site="translation-style mirror 译镜 (invented)",
        style="搜索快照",
        genre="致辞",
        kind="speech",
        form="text",
        source="https://yijing-mirror.example.net/zh-CN/translate?u=http://www.ruixi.gov.cn/ldjh/2025/0915/3302.html",
        title="在2025中国·瑞溪茶文化旅游节开幕式上的致辞",
        record_title="在2025中国·瑞溪茶文化旅游节开幕式上的致辞 | 译镜 - 原文 / 译文",
        date="2025-09-15",
        notes="translation mirror: a language switcher, 'translated from' banner and original-text toggles; date under the speech title in brackets",
        page="""
!m 译镜 · 网页翻译镜像　　原文：www.ruixi.gov.cn
!a 显示原文 ｜ 显示译文 ｜ 双语对照　　语言：中文（简体）▾
!d 此页面由机器自动生成镜像，内容以原网站为准。
{T}
（2025年9月15日）
县长　邓砚秋
{BODY}
!a 对翻译结果评分：👍 👎
!m 镜像生成时间：2025-09-16 03:12:45 UTC
""",
        body="""
尊敬的各位来宾，女士们、先生们、朋友们：
金秋时节，茶香满城。今天，我们在这里隆重举行2025中国·瑞溪茶文化旅游节。我谨代表瑞溪县委、县人民政府，向远道而来的各位嘉宾表示热烈的欢迎！
瑞溪种茶已有一千二百多年历史，全县茶园面积达到18万亩，“瑞溪云雾”已成为享誉全国的区域公用品牌。近年来，我们坚持茶文旅融合发展，建成茶旅精品线路6条，去年接待游客310万人次。
本届茶文化旅游节将举办斗茶大赛、茶山音乐会、招商推介会等12项活动。真诚欢迎各位朋友走进瑞溪、品味瑞溪、投资瑞溪！
最后，预祝本届茶文化旅游节圆满成功！祝大家身体健康、万事如意！
""",
    ),
    dict(
        slug="snapshot-search-cache-decision-html",
        site="search-engine cache of 棠溪县人民政府 (invented)",
        style="搜索快照",
        genre="决定",
        kind="notice",
        form="html",
        source="http://cache.sousuo.example.com/c?m=9f65cb4a8c8507ed4fece76310&p=tangxi.gov.cn",
        title="棠溪县人民政府关于表彰2024年度安全生产工作先进单位的决定",
        record_title=None,
        date="2025-02-08",
        notes="search-engine cache: cache banner and highlighted query terms; no record title; list of 先进单位 as numbered lines stays; signature date",
        page="""
<html><head><meta charset="utf-8"><title>棠溪县人民政府关于表彰2024年度安全生产工作先进单位的决定</title></head><body>
<div style="border:1px solid #999">⟦d 这是 http://www.tangxi.gov.cn/zwgk/2025/0210/611.html 的快照。它是该网页在 2025年3月4日 的存档。当前页面可能已经更改。⟧<br>⟦a 查看当前页面　纯文字版本⟧<br>⟦m 以下搜索词已标明高亮：安全生产 先进单位 表彰⟧</div>
<div class="site">⟦m 棠溪县人民政府　www.tangxi.gov.cn⟧</div>
<h1>{T}</h1>
<div class="txt">
{BODY}
</div>
<div class="foot">⟦m 棠溪县人民政府办公室主办　技术支持：县大数据中心⟧</div>
</body></html>
""",
        body="""
各乡镇人民政府，县直各单位：
2024年，全县各级各部门认真贯彻落实安全生产决策部署，全县安全生产形势持续稳定向好。为表彰先进、树立典型，县人民政府决定，对以下5个单位予以通报表彰：
1.棠溪县应急管理局
2.棠溪县交通运输局
3.棠溪县消防救援大队
4.溪口镇人民政府
5.岭背乡人民政府
希望受表彰的单位珍惜荣誉、再接再厉。各地各部门要以先进为榜样，坚决防范遏制重特大事故发生。
棠溪县人民政府
2025年2月8日
""",
    ),
    dict(
        slug="printview-approval-html-print-dialog",
        site="print view of 蓼川县人民政府 (invented)",
        style="打印页",
        genre="批复",
        kind="notice",
        form="html",
        source="http://www.liaochuan.gov.cn/print.jsp?id=44102",
        title="蓼川县人民政府关于同意设立蓼川县青溪工业园区管理委员会的批复",
        record_title="打印 - 蓼川县人民政府关于同意设立蓼川县青溪工业园区管理委员会的批复",
        date="2025-05-30",
        notes="print view: print/close buttons and the printed URL footer; decorated record title with a 打印 - prefix; signature date",
        page="""
<html><head><meta charset="utf-8"><title>打印 - 蓼川县人民政府关于同意设立蓼川县青溪工业园区管理委员会的批复</title></head><body onload="window.print()">
<div class="noprint">⟦a [打印本页]　[关闭窗口]⟧</div>
<h2>{T}</h2>
<p class="wh">蓼政复〔2025〕12号</p>
<div class="zw">
{BODY}
</div>
<p class="url">⟦m 本页地址：http://www.liaochuan.gov.cn/zwgk/zfwj/202506/t20250603_44102.html⟧</p>
<p class="pt">⟦m 打印时间：2025-06-11 09:30⟧</p>
</body></html>
""",
        body="""
县发展和改革局：
你局《关于设立蓼川县青溪工业园区管理委员会的请示》收悉。经研究，现批复如下：
一、同意设立蓼川县青溪工业园区管理委员会，为县人民政府派出机构，规格为正科级。
二、园区管委会负责园区规划建设、招商引资、企业服务等工作，具体职责、内设机构和人员编制由县委编办另行核定。
三、请你局会同有关部门抓紧做好园区管委会组建相关工作。
此复。
蓼川县人民政府
2025年5月30日
""",
    ),
    dict(
        slug="downsite-doc-list-plan-bracket-markers",
        site="资料吧 (invented download site)",
        style="资料下载站",
        genre="应急预案",
        kind="plan",
        form="text",
        source="http://www.ziliaoba.net/soft/yuan/2025/30877.html",
        title="学校食物中毒事件应急预案",
        record_title="学校食物中毒事件应急预案（word可编辑版）",
        date=None,
        notes="download-site page: file specs table, mirror links, unzip-password line; decorated title （word可编辑版）; '〈n〉' markers cutting paragraphs; no date",
        page="""
!m 资料吧 · 办公文档下载
!m 软件大小：26KB　授权方式：免费　运行环境：Word/WPS　语言：简体中文
!m 解压密码：www.ziliaoba.net
!a ↓ 电信下载　↓ 联通下载　↓ 备用下载
!t 学校食物中毒事件应急预案（word可编辑版）
!m 【内容预览】
{BODY}
!l 下载排行：1.学校消防应急预案　2.校园欺凌防治方案　3.防溺水安全教育方案
!d 本站资源均来自互联网，如有侵权请来信，核实后24小时内删除。
""",
        pages=dict(fmt="〈{n}〉", every=80, start=2),
        body="""
一、总则
为有效预防和及时处置学校食物中毒事件，保障师生身体健康和生命安全，维护学校正常教育教学秩序，结合学校实际，制定本预案。
二、组织机构
学校成立食物中毒事件应急处置领导小组，校长任组长，分管后勤副校长任副组长，成员由总务处、政教处、校医室负责人和各年级组长组成。
三、应急处置程序
（一）发现师生出现呕吐、腹泻等疑似食物中毒症状时，校医室应立即进行初步救治，情况严重的立即拨打120送医。
（二）立即封存可疑食物及原料、工具，保护现场，配合市场监管和卫生健康部门调查取证。
（三）在2小时内向县教育局和市场监管部门报告，不得瞒报、迟报。
四、善后处理
做好学生家长的沟通解释工作，认真查明事故原因，落实整改措施，防止类似事件再次发生。
""",
    ),
    dict(
        slug="docshare-long-html-speech-sidebar-markers",
        site="知文共享 (invented)",
        style="文档分享",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.zhiwengx.com/doc/2025/0611/6629017.html",
        title="在全市优化营商环境暨“高效办成一件事”改革推进会上的讲话",
        record_title="在全市优化营商环境暨“高效办成一件事”改革推进会上的讲话.doc",
        date=None,
        notes="HTML preview with a sidebar of the uploader's other files and page paragraphs 'Pg n' between halves; .doc file name; no date",
        page="""
<html><head><meta charset="utf-8"><title>在全市优化营商环境暨“高效办成一件事”改革推进会上的讲话.doc-知文共享</title></head><body>
<div class="hd">⟦m 知文共享⟧ <a>⟦a 上传⟧</a> <a>⟦a 我的下载⟧</a></div>
<div class="title-box"><h1>⟦t 在全市优化营商环境暨“高效办成一件事”改革推进会上的讲话.doc⟧</h1><p>⟦m 文档格式：.doc　文档页数：6页　文档大小：40.5K⟧</p></div>
<div class="reader">
{BODY}
</div>
<div class="end">⟦a 亲，该文档总共6页，到这已经超出免费预览范围，如果喜欢就下载吧！⟧</div>
<div class="uploader"><p>⟦l 该用户的其他文档⟧</p><p>⟦l 政务服务中心工作汇报.doc⟧</p><p>⟦l 营商环境评价整改方案.docx⟧</p></div>
</body></html>
""",
        pages=dict(fmt="Pg {n}", every=93, start=2),
        body="""
同志们：
今天召开全市优化营商环境暨“高效办成一件事”改革推进会，主要任务是总结前段工作，部署下步任务。
一年来，全市推出“高效办成一件事”重点事项21个，企业开办、员工招聘、不动产登记等事项实现一次告知、一表申请、一套材料、一次办结，平均办理时间压缩62%，跑动次数减少78%。
但我们也要看到，部门之间数据共享还不充分，部分事项线上办理体验不佳，基层窗口人员业务能力参差不齐。
下一步，要聚焦企业和群众全生命周期，再推出一批“一件事”；要打通数据壁垒，推动更多材料“免提交”；要加强窗口队伍建设，让办事群众感受到更多温度。
同志们，营商环境没有最好，只有更好。希望大家以更大力度推进改革，为全市经济社会发展提供更优环境。
""",
    ),
    dict(
        slug="clouddrive-oneline-insight-transfer",
        site="闪存盘 share page (invented)",
        style="网盘分享",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://shancunpan.example.cn/s/k8Pq2",
        title="学习《习近平谈治国理政》第五卷心得体会",
        record_title=None,
        date=None,
        notes="cloud share preview without a record title: the title is the file's first line, not the file-name line (chrome); the text all on one line after it; no date",
        page="""
!m 闪存盘 · 文件预览
!m 心得体会（最新整理）.txt　　9.2KB　　3天前分享
!a 转存　　下载　　打开方式：文本预览
{T}
{BODY}
!a 如需完整文件，请下载后查看
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
近期，我认真学习了《习近平谈治国理政》第五卷，深受启发、收获良多。
这本书内容丰富、思想深刻，为我们做好各项工作提供了根本遵循。作为一名基层干部，我体会最深的是，要始终坚持以人民为中心的发展思想，把群众的操心事、烦心事、揪心事作为工作的着力点。
今后，我将坚持读原著、学原文、悟原理，把学习成果转化为推动工作的实际成效，在服务群众中践行初心使命。
""",
    ),
]
