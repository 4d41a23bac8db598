"""holdout40, part F: forwarded mails (a deaf association's request, a landfill's reply chain), hard-wrapped
and marker-cut texts (a street-lamp office's work points, a kelp news item, a cylinder-station essay, a
snow-removal summary), one-line bodies, a plant-protection forum thread with junk, a moon-cake licence Q&A
and a sand-control keeper's diary. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="mail-fwd-deaf-assoc-request-headers",
        site="邮件转发 (invented)", style="邮件转发", genre="请示", kind="request", form="text",
        source="mailto:office@yqdeaf.example.org?msg=20250611",
        title="关于申请手语翻译志愿服务站运行经费的请示",
        record_title="Fwd: 关于申请手语翻译志愿服务站运行经费的请示",
        date="2025-06-10",
        date_also=["2025-06-11"],
        notes="a forwarded mail: Fwd: title; the mail's 发件人/收件人/抄送/日期/附件 headers are chrome, the document's own 抄送 and 附件 kept; the mail date differs from the 成文日期 (both accepted); a mail-client footer",
        page="""
!m ---------- 转发的邮件 ----------
!m 发件人：市聋人协会办公室 <office@yqdeaf.example.org>
!m 日期：2025年6月11日 周三 09:14
!m 收件人：残联康复部 <kfb@yqcl.example.gov.cn>
!m 抄送：协会秘书长 <msz@yqdeaf.example.org>
!m 主题：Fwd: 关于申请手语翻译志愿服务站运行经费的请示
!m 附件：请示正文.pdf (210 KB)
{BODY}
!d 此邮件由企业邮箱发送，如非本人收件请立即删除。
!a 发自我的手机邮箱客户端
""",
        body="""
市残疾人联合会：
我会于2023年设立手语翻译志愿服务站，两年来为听障群众提供就医、办事陪同翻译一千二百余次。
由于志愿者交通补贴和培训费用缺口较大，服务站运行十分困难。特申请2025年运行经费八万元。
妥否，请批示。
附件：服务站2024年服务情况统计表
抄送：市民政局。
琅泉市聋人协会
2025年6月10日
""",
    ),
    dict(
        slug="mail-reply-chain-landfill-report-docx",
        site="邮件转发 (invented)", style="邮件转发", genre="工作报告", kind="report", form="text",
        source="mailto:tmc@nanyuan-hw.example.cn?msg=reply-0930",
        title="关于填埋场九月份运行情况的报告",
        record_title="回复：Re: 关于填埋场九月份运行情况的报告.docx",
        date="2025-09-30",
        notes="a reply chain: file-name title with 回复：Re:; quoted earlier mail lines and a reply on top are chrome; the report's own data table kept",
        page="""
!m 回复：Re: 关于填埋场九月份运行情况的报告.docx
!m 发件人：县城管局环卫股　时间：2025-10-08 16:20
!l 收到，已阅，请继续做好防渗膜巡查。——环卫股 王
!m ------------------ 原始邮件 ------------------
!m From: 南垣县生活垃圾填埋场 <tmc@nanyuan-hw.example.cn>
!m Sent: 2025年9月30日(星期二) 17:45
{BODY}
!d 该邮件可能包含敏感信息，请勿随意转发。
""",
        body="""
县城管局：
现将我场九月份运行情况报告如下。
项目　本月　累计
进场垃圾（吨）　5,820　51,300
渗滤液处理（吨）　3,910　33,760
本月渗滤液处理站出水各项指标均达标，覆土作业面积一万二千平方米。
南垣县生活垃圾填埋场
2025年9月30日
""",
    ),
    dict(
        slug="gov-fengcheng-work-points-wrapped-markers",
        site="枫垣市城市管理局 (invented)", style="政府门户", genre="工作要点", kind="plan", form="text",
        source="http://cgj.fengcheng.example.gov.cn/ghjh/2025/0221/503.html",
        title="枫垣市路灯管理所2025年工作要点",
        record_title="枫垣市路灯管理所2025年工作要点",
        date="2025-02-21",
        notes="a PDF-derived page: wrapped at 60 columns and cut by ⁽N⁾ markers on lines of their own; a print/close row; a footer with a 纠错 link",
        wrap=60,
        indent="　　",
        pages=dict(fmt="⁽{n}⁾", every=80, start=2, glue=False),
        page="""
!m 枫垣市城市管理局 >> 规划计划
!t 枫垣市路灯管理所2025年工作要点
!m 发布日期：2025-02-21　浏览次数：96
{BODY}
!a [打印本页]　[关闭窗口]
!l 我要纠错
""",
        body="""
2025年，全所工作的总体要求是：以“智慧照明、节能照明、安全照明”为主线，全面提升城市照明管理水平。
一、推进智慧照明平台建设，年内实现城区主次干道路灯单灯控制全覆盖。
二、实施老旧线路改造工程，更换地埋电缆二十八公里，消除漏电隐患。
三、开展亮灯率提升行动，城区主干道亮灯率稳定在百分之九十八以上，背街小巷达到百分之九十五以上。
枫垣市路灯管理所
2025年2月21日
""",
    ),
    dict(
        slug="fanwen-wenhai-landfill-speech-oneline",
        site="文海范文网 (invented)", style="范文站", genre="讲话稿", kind="speech", form="text",
        source="https://www.wenhaifw.example.com/jianghua/88201.html",
        title="在生活垃圾填埋场封场工作推进会上的讲话",
        record_title="在生活垃圾填埋场封场工作推进会上的讲话（通用版）_文海范文网",
        date=None,
        notes="范文 site, body on one line; decorated title; a download-Word button and a writing-service prompt; no date (view count and 'posted 昨天')",
        oneline=True,
        indent="  ",
        page="""
!m 文海范文网　首页 > 讲话稿 > 会议讲话
!t 在生活垃圾填埋场封场工作推进会上的讲话（通用版）_文海范文网
!m 发布：昨天　阅读：2219
{BODY}
!a 点击下载Word文档（免费）
!w 材料定制：领导讲话、汇报材料专人代笔，微信 wenhai_dx
!l 上一篇：在城乡环境整治大会上的讲话　下一篇：在环卫工人节表彰会上的讲话
""",
        body="""
同志们：
今天召开会议，主要是推进老填埋场封场工作。
老填埋场已运行二十二年，库容基本饱和，封场工作刻不容缓。
各有关单位要按照“一场一策”的要求，在年底前完成覆盖、绿化和渗滤液导排系统建设。
封场后的场地要开展长期监测，确保不对周边地下水造成影响。
""",
    ),
    dict(
        slug="wenku-gangping-cylinder-insight-sup-markers",
        site="钢平文库 (invented)", style="文库预览", genre="心得体会", kind="insight", form="text",
        source="https://www.gpwenku.example.com/doc/33120941.html",
        title="气瓶充装安全培训心得体会",
        record_title="【优选】气瓶充装安全培训心得体会（精选2篇）",
        date=None,
        notes="文库 preview: decorated title; ‹N› page markers glued to the continuation line, cutting sentences; a 'preview 2 of 5 pages' line and download prompt; no date",
        indent="　　",
        pages=dict(fmt="‹{n}›", every=60, start=2, glue=True),
        page="""
!m 钢平文库　|　专业文档分享平台
!t 【优选】气瓶充装安全培训心得体会（精选2篇）
!a 免费预览已结束，本文共5页，剩余3页需下载查看
{BODY}
!a 下载文档到电脑，查找使用更方便
!a 本文档需 2 下载券　　┃　　收藏　　┃　　打印
""",
        body="""
这次参加气瓶充装安全培训，让我对自己每天从事的岗位有了全新的认识。
过去我总认为充装就是按规程操作，只要不出错就行，培训中老师讲的几起事故案例让我深受触动。
一起事故的原因，仅仅是充装前没有认真检查瓶阀，就造成了难以挽回的后果。
今后我一定严格执行充装前后检查制度，认真填写每一条充装记录，绝不让一只不合格的气瓶出站。
""",
    ),
    dict(
        slug="wechat-yuquan-deaf-news-wrapped-cn-date",
        site="琅泉聋协 公众号镜像 (invented)", style="公众号镜像", genre="新闻", kind="news", form="text",
        source="https://wxmirror.example.cn/yqlx/2025-09-23",
        title="国际聋人节主题活动在市文化宫举行",
        record_title="国际聋人节主题活动在市文化宫举行",
        date="2025-09-23",
        notes="WeChat mirror text: hard-wrapped at 58 columns; account line; a 'read original' and a reward row; the closing date of the news in Chinese numerals is the document's date",
        wrap=58,
        page="""
!t 国际聋人节主题活动在市文化宫举行
!m 琅泉聋协　琅泉市聋人协会
!a 👆 点蓝字关注我们
{BODY}
!a 喜欢作者　赞赏
!l 阅读原文　｜　分享　｜　推荐　｜　在看
""",
        body="""
9月的最后一个星期日是国际聋人节。今年节日前夕，市聋人协会在市文化宫举办主题活动，三百余名听障朋友和志愿者参加。
活动中，听障演员表演了手语舞《感恩的心》，志愿者现场教授常用手语，市残联为十名优秀手语翻译志愿者颁发了证书。
协会负责人表示，将继续推动公共服务窗口手语服务全覆盖。
琅泉市聋人协会
二〇二五年九月二十三日
""",
    ),
    dict(
        slug="news-haiyan-kelp-processing-wrapped",
        site="岫海日报网 (invented)", style="新闻门户", genre="新闻", kind="news", form="text",
        source="http://www.hyrb.example.com/2025/1105/7130.html",
        title="小海带做成大产业　岫海县海带精深加工产值突破十亿元",
        record_title="小海带做成大产业　岫海县海带精深加工产值突破十亿元 - 岫海日报网",
        date="2025-11-05",
        notes="news text hard-wrapped at 66 columns, paragraphs with indent; a byline with date; related-news list and a copyright notice",
        wrap=66,
        indent="　　",
        page="""
!m 岫海日报网 - 要闻
!t 小海带做成大产业　岫海县海带精深加工产值突破十亿元 - 岫海日报网
!m 2025年11月05日 07:30　来源：岫海日报　记者　邵琳
{BODY}
!l 相关新闻：岫海湾养殖区完成海域确权　|　海带深水养殖技术获省科技奖
!d 凡注明“来源：岫海日报”的作品，版权均属岫海日报社，转载请联系授权。
""",
        body="""
记者从县工信局获悉，今年前十个月，全县海带精深加工产值达十亿二千万元，首次突破十亿元大关。
近年来，县里引进海藻酸钠、海藻肥等加工项目六个，海带由过去卖鲜品、卖干品，变成了提取物和功能性产品。
目前，全县海带加工企业已有四十二家，带动就业五千余人。
""",
    ),
    dict(
        slug="forum-nongyou-locust-thread-junk-lines",
        site="农友之家论坛 (invented)", style="论坛", genre="工作总结", kind="summary", form="text",
        source="http://www.nongyou-home.example.com/bbs/read.php?tid=183302",
        title="今年滩区飞蝗防控工作小结",
        record_title="今年滩区飞蝗防控工作小结",
        date="2025-08-30",
        notes="a farmers' forum: junk lines and glued junk; a poster card, a 'hidden reply' line, a floor reply with a relative time; 发表于 as the page date",
        junk=dict(lines=2, glued=2),
        page="""
!m 农友之家论坛 » 植保交流 » 正文
{T}
!m 作者：植保老张　发表于：2025-08-30 19:20　阅读：733
{BODY}
!l 回复 #2　种粮大户刘：学习了，我们村今年也打了两遍药。　1小时前
!a 游客，如果您要查看本帖隐藏内容请回复
""",
        body="""
今年夏蝻发生面积比去年大，我们站从五月下旬开始组织拉网式普查。
全县共普查滩区面积十二万亩，发现蝗蝻点片五十三处，最高密度每平方米八头。
防治上以生物农药为主，采用植保无人机统一作业，共防治三万四千亩，防效达到百分之九十以上。
经验有两条：一是监测要早，二是统防统治要快。
""",
    ),
    dict(
        slug="docshare-beiyuan-snow-summary-wrapped-glued",
        site="文件共享圈 (invented)", style="文档分享", genre="工作总结", kind="summary", form="text",
        source="https://www.wjgxq.example.net/file/8721663.html",
        title="北原市2024—2025年度冬季除雪工作总结",
        record_title="北原市2024—2025年度冬季除雪工作总结.pdf",
        date="2025-03-25",
        notes="sharing page: file-name title; wrapped at 62 columns and cut by ⌜N⌟ markers glued or not; an upload notice and a 'report' link; the summary's date at the end",
        wrap=62,
        pages=dict(fmt="⌜{n}⌟", every=50, start=2, glue="mix"),
        page="""
!m 文件共享圈 > 城市管理 > 工作总结
!t 北原市2024—2025年度冬季除雪工作总结.pdf
!m 上传者：xue_ren　上传时间：2025-04-11　浏览：207
{BODY}
!d 本文件由网友上传分享，版权归原作者所有，如涉及侵权请联系我们处理。
!l 举报　|　纠错
""",
        body="""
今冬以来，我市共出现降雪过程九次，累计降雪量四十二毫米，较常年偏多三成。
全市累计出动除雪人员三万二千人次、机械四千六百台次，撒布融雪剂一千一百吨，主干道均在雪停后十二小时内恢复通行。
存在的问题主要是部分背街小巷清雪不及时，人行道结冰现象时有发生。
北原市城市管理局
2025年3月25日
""",
    ),
    dict(
        slug="qa-huida-mooncake-licence-answer",
        site="会答网 (invented)", style="问答社区", genre="问答", kind="answer", form="text",
        source="https://www.huida.example.com/question/5521093",
        title="家庭作坊做月饼卖需要办什么证？",
        record_title="家庭作坊做月饼卖需要办什么证？ - 会答网",
        date="2025-08-19",
        notes="Q&A text: the question as the title (decorated with - site); 回答于 as the page date; answer's 12315 line kept; an 'also asked' list and a '写回答' button",
        page="""
!m 会答网　|　发现　问题　话题
!t 家庭作坊做月饼卖需要办什么证？ - 会答网
!m 关注者 41　被浏览 3,820
!a 写回答　邀请回答
!m 食品从业者阿宁　回答于 2025-08-19
{BODY}
!l 赞同 97　｜　收藏　｜　喜欢
!l 大家还在问：做月饼需要健康证吗？｜自制月饼能在朋友圈卖吗？
""",
        body="""
这个问题分两种情况说。
如果是在家里做了在网上或者摆摊卖，大部分地方要求办理食品小作坊登记证，有的地方叫食品生产加工小作坊许可。
如果要进超市、商场销售，就要按食品生产企业办理食品生产许可证，门槛高很多。
不管哪一种，从业人员都要办健康证。具体要求可以咨询当地市场监管部门，或者拨打12315。
""",
    ),
    dict(
        slug="collection-lanting-diary-wrapped-no-date",
        site="岚汀文存 (invented)", style="个人文集", genre="散文", kind="essay", form="text",
        source="https://lanting-wc.example.org/vol1/chap03.html",
        title="第一次压沙",
        record_title="岚汀文存 - 第一次压沙",
        date=None,
        notes="the same keeper's collection, a hard-wrapped essay (56 columns) whose year is only in the text; chapter navigation; no date",
        wrap=56,
        indent="　　",
        page="""
!m 岚汀文存　卷一　初到沙窝
!l 卷目录 | 上一章 | 下一章
!t 岚汀文存 - 第一次压沙
{BODY}
!l 上一章：七个人两辆车 | 下一章：梭梭活了
!m 岚汀文存 · 家人整理上线
""",
        body="""
那年春天，站里第一次试着扎草方格。麦草是从几十里外的村子里一车一车拉来的，大家把草一束束铺在沙面上，再用铁锹把中间踩进沙里。
一天下来，手上全是血泡，可看着一格格方方正正的沙障，谁也不说累。
后来我才知道，这些不起眼的草方格，能让沙丘走得慢一些，再慢一些。
""",
    ),
    dict(
        slug="download-ruanzi-landfill-rules-wrapped",
        site="软资下载站 (invented)", style="资料下载站", genre="制度", kind="rules", form="text",
        source="http://www.ruanzi-down.example.com/soft/doc/72940.html",
        title="生活垃圾填埋场作业区安全管理制度",
        record_title="生活垃圾填埋场作业区安全管理制度",
        date=None,
        notes="download station: rules whose articles mention 打印 and 扫码 as content; file-info lines and mirror links; a small sample of one-line page markers ⁂N⁂ as lines cutting an article; no date",
        indent="",
        pages=dict(fmt="⁂{n}⁂", every=50, start=2, glue=False),
        page="""
!m 软资下载站 → 文档资料 → 规章制度
!t 生活垃圾填埋场作业区安全管理制度
!m 资料大小：27KB　更新时间：2025-05-19　下载次数：58
{BODY}
!a 下载地址：电信下载　联通下载
!l 下载出错？点此报告死链
""",
        body="""
第一条　为加强填埋场作业区安全管理，防止各类事故发生，制定本制度。
第二条　外来车辆进入作业区须在门岗扫码登记，由专人引导行驶路线和卸料位置。
第三条　作业区内严禁烟火，禁止无关人员进入摊铺、压实作业范围。
第四条　当班安全员每日巡查后须将巡查记录打印存档，发现沼气浓度异常立即撤离人员。
第五条　本制度自印发之日起施行。
""",
    ),
]
