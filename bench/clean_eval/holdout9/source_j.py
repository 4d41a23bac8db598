"""Holdout9, part J: a Q&A site with several answers, a slide deck dumped as text, a news
portal whose title is glued to its lead, a 范文 page in HTML, a hard-wrapped notice with
glued markers and a county 融媒体 app. Written blind; everything invented."""

CASES = [
    dict(
        slug="qa-site-answers-accepted-folded",
        site="问得好社区 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wendehao.example.com/question/55102837/answer/118",
        title="乡镇干部年终述职报告应该怎么写？",
        date=None,
        notes="a Q&A site: the record gives the plain title; the question's follower count, an answerer line with a badge, a 'folded answers' row and another answer's head under it, an 'invite to answer' button glued after a body sentence, a 'write answer' prompt",
        page="""
!m 问得好　—　好问题，好回答
!t 乡镇干部年终述职报告应该怎么写？
!m 关注者 1,028　被浏览 310,552
!a 写回答　邀请回答　好问题 86
!m 山城笔吏　｜　优秀回答者　｜　在乡镇党政办写了十年材料
{BODY}
!l 编辑于 2024-12-21 · 赞同 2.3K · 186 条评论
!l 收起　｜　喜欢　｜　举报
!l 查看全部 47 个回答
!l 清溪小吏：补充一点，述职报告一定要有数字……
""",
        body="""
谢邀。写了十年述职报告，说几点实在的。
一是结构要清楚。一般按“基本情况、主要工作、存在不足、今后打算”四部分来写，主要工作部分最好按分管领域分条目写，每条开头用一句话概括。
二是要用数字说话。比如“全年走访农户多少户、化解矛盾纠纷多少件、争取项目资金多少万元”，数字比形容词更有说服力。⟦a 邀请更多人回答⟧
三是不足要写具体。很多人写不足就是“学习不够深入”“创新意识不强”，这种话谁都能写。最好结合工作实际，写一两条真问题。
四是篇幅要适中。乡镇干部述职一般限时五分钟左右，稿子控制在一千五百字以内比较合适。
最后，述职报告是写给领导和群众看的，实实在在比花里胡哨更重要。
""",
    ),
    dict(
        slug="slides-dump-party-lecture-slide-markers",
        site="课件资源站 PPT 转文字 (invented)",
        style="资料下载站",
        genre="讲稿",
        kind="speech",
        form="text",
        source="https://www.kejianzy.example.com/ppt/dangke/2025/0625/3310.html",
        title="七一专题党课：传承红色基因　赓续精神血脉",
        record_title="七一专题党课：传承红色基因　赓续精神血脉.pptx",
        date=None,
        notes="a slide deck dumped as text: file-name record title .pptx; slide separators of the converter (▭ 幻灯片 N) cutting the lecture, a speaker-notes label, a template watermark line and a download bar; no date",
        indent="",
        pages=dict(fmt="▭ 幻灯片 {n}", every=130, start=2),
        page="""
!m 课件资源站　PPT文字版预览
!t 七一专题党课：传承红色基因　赓续精神血脉.pptx
!m 共18张幻灯片　｜　16:9　｜　下载 2,317 次
!p ▭ 幻灯片 1
{BODY}
!m 【模板水印】课件资源站 kejianzy.example.com
!a 下载PPT源文件（含讲稿）　¥15.00
""",
        body="""
同志们：
今天，我们在这里上一堂专题党课，题目是“传承红色基因、赓续精神血脉”。
红色基因是中国共产党人的政治本色。从井冈山精神、长征精神到延安精神、西柏坡精神，一代代共产党人用生命和热血铸就了伟大的精神谱系。
我们槐川也是一片红色的土地。1928年，槐川农民自卫军在苍岭一带坚持斗争，先后有四百多名槐川儿女为革命献出了宝贵生命。
新时代传承红色基因，就要坚定理想信念，始终对党忠诚；就要践行初心使命，始终心系群众；就要发扬斗争精神，始终担当作为。
同志们，让我们从红色历史中汲取奋进力量，立足本职岗位建功立业，以实际行动书写无愧于时代的答卷。
""",
    ),
    dict(
        slug="news-portal-title-glued-lead-junk-free",
        site="潆水网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.yingshuiw.example.com/news/bd/2025-04-22/11872.html",
        title="潆水县首批“共享农机”投入春耕",
        record_title=None,
        date="2025-04-22",
        notes="no record title; the title printed twice: once on its own line with a column prefix, once glued to the first sentence of the lead; a 发布时间 line; a photo caption line and editor chain at the bottom",
        page="""
!m 潆水网 · 本地新闻
!t 本地 ｜ 潆水县首批“共享农机”投入春耕
!m 发布时间：2025年04月22日 09:30　　来源：潆水县融媒体中心
⟦t 潆水县首批“共享农机”投入春耕⟧{BODY}
!m 图为鲤塘村村民使用共享插秧机作业（记者 车雨 摄）
!m 责任编辑：龚一帆　　审核：姚凯
""",
        body="""
4月21日，在枫渡镇鲤塘村的稻田里，两台崭新的高速插秧机来回穿梭，不到半天就插完了三十多亩秧苗。
这两台插秧机是县里首批投放的“共享农机”。今年，县农业农村局联合县农机合作社，投放了插秧机、无人植保机等各类农机48台，农户通过手机小程序即可预约使用。
“以前请人插秧每亩要一百五十元，现在用共享插秧机只要八十元，还省时省力。”种粮大户吕国强算了一笔账。
据了解，全县今年计划推广“共享农机”服务面积五万亩，预计可为农户节约生产成本三百余万元。
""",
    ),
    dict(
        slug="fanwen-html-insight-pian-decoration-login",
        site="墨香文苑 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="html",
        source="https://www.moxiangwenyuan.example.com/xdth/2025/0715/22871.html",
        title="学习新修订《中国共产党纪律处分条例》心得体会",
        record_title="学习新修订《中国共产党纪律处分条例》心得体会【优秀篇】",
        date=None,
        notes="HTML 范文 page: decorated record title 【优秀篇】; a login box and 'VIP free copy' prompt, a 'continue reading' link glued to the end of a middle paragraph, hot tags and a writer box; no date",
        page="""
<html><head><meta charset="utf-8"><title>学习新修订《中国共产党纪律处分条例》心得体会【优秀篇】</title></head><body>
<div class="hd">⟦m 墨香文苑⟧ ⟦a 登录⟧ ⟦a 注册会员⟧</div>
<div class="crumb">⟦m 首页 ＞ 心得体会 ＞ 学习心得⟧</div>
<h1>{T}</h1>
<div class="vip">⟦a VIP会员免费复制全文，一键导出Word⟧</div>
<div class="arc">
{BODY}
</div>
<div class="hot">⟦l 热门标签：纪律处分条例　党纪学习教育　心得体会⟧</div>
<div class="xz">⟦w 找不到合适的？专属写手为你定制，微信 mxwy_2024⟧</div>
</body></html>
""",
        body="""
按照单位党纪学习教育安排，我认真学习了新修订的《中国共产党纪律处分条例》，对照条例逐条反思，深受教育。
一是对纪律的认识更加深刻。新修订的条例坚持问题导向，对新情况新问题作出了有针对性的规定，为党员干部划出了清晰的纪律红线。⟦a 继续阅读全文 ↓⟧
二是对自身的要求更加严格。通过学习，我认识到遵守纪律不能停留在口头上，必须落实到日常工作和生活的每一个细节中。
三是对群众的感情更加深厚。条例专门对侵害群众利益的行为作出处分规定，提醒我们始终把群众利益放在第一位。
今后，我将把学习条例作为经常性工作，做到知纪、明纪、守纪，始终做一名合格的共产党员。
""",
    ),
    dict(
        slug="gov-notice-wrapped-glued-bracket-pages",
        site="蓼河县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.liaohe.example.gov.cn/zwgk/zfwj/xzfbwj/202503/t20250312_40318.html",
        title="蓼河县人民政府办公室关于做好2025年春季森林防火工作的通知",
        record_title="蓼河县人民政府办公室关于做好2025年春季森林防火工作的通知（蓼政办发〔2025〕6号）",
        date="2025-03-11",
        notes="decorated record title with the document number in brackets; a PDF-like text hard-wrapped at 72 columns with 『N』 markers glued to the next line's start; the notice's own 24-hour hotline and 附件 stay; 印发 line and a date in Chinese numerals under the signature",
        wrap=72,
        indent="\u3000\u3000",
        pages=dict(fmt="『{n}』", every=160, start=2, glue=True),
        page="""
!m 蓼河县人民政府　政府文件
{T}
!m 蓼政办发〔2025〕6号
{BODY}
!a 下载PDF原件　｜　打印　｜　关闭
!m 蓼河县人民政府办公室主办　联系电话：0736-5510000
""",
        body="""
各乡镇人民政府，县直有关单位：
当前已进入春季森林防火紧要期，清明祭祀用火、农事用火增多，森林火灾风险持续升高。为切实做好春季森林防火工作，经县人民政府同意，现就有关事项通知如下。
一、压实防火责任。各乡镇、各有关单位要严格落实森林防火行政首长负责制，层层签订责任状，把防火责任落实到山头地块和具体责任人。
二、严管野外火源。在进山路口设置防火检查站，加强巡山护林，严禁在林区吸烟、烧纸、燃放烟花爆竹。
三、做好扑救准备。各级扑火队伍要集中食宿、靠前驻防，确保一旦发生火情能够快速出动、科学扑救。
森林火警24小时报警电话：12119
附件：蓼河县2025年春季森林防火重点时段和区域
蓼河县人民政府办公室
二〇二五年三月十一日
蓼河县人民政府办公室　2025年3月12日印发
""",
    ),
    dict(
        slug="rongmei-app-notice-speech-audio",
        site="智慧棠阴APP (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://app.zhihuitangyin.example.cn/h5/content/20251120/771032.html",
        title="在全县冬季农田水利建设现场推进会上的讲话",
        record_title="在全县冬季农田水利建设现场推进会上的讲话",
        record_date="2025-11-20",
        date="2025-11-20",
        notes="a county 融媒体 app's H5 page: an audio player strip (听全文 05:12), an AI-voice notice, the app's download banner at the bottom, a 'comment' box; the speaker line and a date line under the title are neutral",
        page="""
!a 🎧 听全文　05:12　语速 1.0x
!d 本音频由AI合成
{T}
县委副书记、县长　官学军
（2025年11月20日）
{BODY}
!l 评论（3）　写评论…
!a 下载智慧棠阴APP，掌握身边大事
""",
        body="""
同志们：
今天，我们在这里召开全县冬季农田水利建设现场推进会，刚才大家实地察看了三个乡镇的现场，看了很受启发。
今冬明春，全县计划完成山塘清淤整治320口，新建和维修灌溉渠道180公里，新增高标准农田3.2万亩。任务重、时间紧，各乡镇要抢抓晴好天气，集中力量、集中时间推进。
要坚持建管并重，工程建成后要及时移交，明确管护主体和责任，防止“重建轻管”。
要强化资金监管，严格执行项目招投标和资金报账制度，确保每一分钱都用在刀刃上。
同志们，水利是农业的命脉。希望大家鼓足干劲、真抓实干，确保明年春耕前全面完成建设任务。
""",
    ),
]
