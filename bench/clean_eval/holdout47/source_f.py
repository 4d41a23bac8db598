"""holdout47, part F: a social-insurance print view, a forwarded hot-spring association mail,
a river-chief office's work points, a rider's essay on one line, an organ-donation month plan
cut by page markers, a boxing match news page, a cosplay fair post with junk, a traffic
police account, a refinery manager's report with markers, a rabies Q&A, a forwarded IP
notice and a night-market rule's print view. Everything invented."""

CASES = [
    dict(
        slug="print-meiyuan-shebao-cert-notice-html",
        site="湄原县人力资源和社会保障局 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="https://rsj.meiyuan.example.gov.cn/tzgg/2025/0403/print.html",
        title="关于开展2025年度养老保险待遇领取资格认证的通知",
        record_title="〔打印版〕关于开展2025年度养老保险待遇领取资格认证的通知",
        date="2025-04-03",
        notes="print view HTML: decorated title, print/close buttons, the page URL and a print footer with page count; the notice's 咨询电话 kept; it tells retirees to 下载 an app and 扫码 as content",
        page="""
<html><head><meta charset="utf-8"><title>打印 - 湄原县人力资源和社会保障局</title>
<style>@media print{.noprint{display:none}}</style></head><body>
<div class="noprint">⟦a 〖确认打印〗　〖关闭本页〗⟧</div>
<div>⟦m 湄原县人力资源和社会保障局⟧</div>
<h2>{T}</h2>
<div>⟦m 发布时间：2025-04-03 16:20:11⟧</div>
{BODY}
<div class="pf">⟦m 本文链接：https://rsj.meiyuan.example.gov.cn/tzgg/2025/0403/9917.html⟧</div>
<div class="pf">⟦p — 第 1 页 · 共 1 页 —⟧</div>
</body></html>
""",
        body="""
各乡镇人力资源和社会保障服务站，各退休人员：
根据上级要求，我县2025年度养老保险待遇领取资格认证工作自4月10日起开展，现将有关事项通知如下。
一、认证方式：退休人员可下载“湄原人社”APP进行刷脸认证，也可扫描社区服务站张贴的二维码认证。
二、行动不便的，可联系所在乡镇服务站预约上门认证。
三、认证周期为十二个月，逾期未认证的，暂停发放养老金，认证通过后恢复发放并补发。
咨询电话：0738-7716233。
湄原县社会保险事业中心
2025年4月3日
""",
    ),
    dict(
        slug="mail-wenquan-association-fwd-reply-chain",
        site="邮件转发 / 珂口县温泉旅游协会 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mail://inbox/2025-11-05/kkwq-fwd-00912",
        title="关于开展冬季温泉场所安全检查的通知",
        record_title="Fw: 回复：关于开展冬季温泉场所安全检查的通知.docx",
        date="2025-11-03",
        date_also=["2025-11-05"],
        notes="a reply chain: Fw:/回复： with a .docx name in the subject; quoted-reply headers, a forwarder's note and a mail-client signature; the notice's 联系人 kept beside the forwarder's phone",
        page="""
!m 发件人: 珂口县温泉旅游协会秘书处<kkwqxh@mail.example.cn>
!m 时间: 2025年11月5日 10:44
!m 收件人: 会员单位群组
!m 主题: Fw: 回复：关于开展冬季温泉场所安全检查的通知.docx
各会员单位：现将县文旅局通知转发给大家，请认真对照自查。秘书处 韦娜 13807451180
!m ------------------ 原始邮件 ------------------
!m 发件人: 县文旅局市场科
!m 发送时间: 2025年11月3日(周一) 下午3:02
{BODY}
!d 此邮件可能包含保密信息，若非指定收件人请立即删除。
!a 发自我的手机邮箱
""",
        body="""
各温泉经营单位：
为确保冬季旅游旺季温泉场所安全运营，县文旅局决定于11月10日至11月30日开展温泉场所安全检查。
一、检查重点：泡池水质、高温池温度控制、防滑设施、救生员配备、锅炉及燃气设施。
二、各单位于11月8日前完成自查，并将自查报告报送县文旅局市场科。
联系人：县文旅局市场科 伍杰，电话：0745-6183320。
珂口县文化旅游广电体育局
2025年11月3日
""",
    ),
    dict(
        slug="gov-yichuan-river-chief-points-html",
        site="翊川市人民政府 (invented)",
        style="政府门户",
        genre="工作要点",
        kind="plan",
        form="html",
        source="https://www.yichuan.example.gov.cn/zwgk/ghjh/202503/t20250311_9921.html",
        title="翊川市2025年河湖长制工作要点",
        record_title="翊川市2025年河湖长制工作要点_规划计划_翊川市人民政府",
        date="2025-03-11",
        notes="modern county-portal HTML: 信息公开 table as meta, an accessibility and elder-mode toolbar, decimal headings 1.1 kept; 印发 版记 kept; a 政务服务 float",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>翊川市2025年河湖长制工作要点_规划计划_翊川市人民政府</title></head><body>
<div class="topbar">⟦a 无障碍　长辈版　English⟧</div>
<div class="banner">⟦m 翊川市人民政府⟧</div>
<div class="nav">⟦m 首页 | 要闻动态 | 政务公开 | 政务服务 | 互动交流 | 走进翊川⟧</div>
<table class="gk">
<tr><td>⟦m 文　号：翊河长办〔2025〕2号⟧</td><td>⟦m 发布机构：市河长制工作委员会办公室⟧</td></tr>
<tr><td>⟦m 发布日期：2025年03月11日⟧</td><td>⟦m 有 效 性：有效⟧</td></tr>
</table>
<h1>{T}</h1>
{BODY}
<div class="share">⟦l 分享：微信 微博 QQ空间⟧　⟦a 【打印】【关闭】⟧</div>
<div class="float">⟦a 我要办事⟧</div>
<div class="foot">⟦m 翊川市人民政府办公室主办　网站标识码4311000001　翊公网安备43110202000421号⟧</div>
</body></html>
""",
        body="""
各县市区河长制工作委员会办公室，市直有关单位：
现将《翊川市2025年河湖长制工作要点》印发给你们，请认真贯彻落实。
1 强化河湖长履职
1.1 市级河长每季度巡河不少于一次，县级河长每月不少于一次，乡级河长每旬不少于一次。
1.2 健全河长述职制度，年底前各级河长向同级党委政府述职。
2 深化河湖治理
2.1 完成玠水、桃溪等六条河流“一河一策”修编。
2.2 持续开展河湖“清四乱”，问题整改销号率达到百分之百。
翊川市河长制工作委员会办公室
2025年3月11日
翊川市河长制工作委员会办公室　2025年3月12日印发
""",
    ),
    dict(
        slug="fanwen-yinghua-rider-insight-oneline",
        site="映华范文库 (invented)",
        style="范文站",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://www.yinghuafw.example.com/xinde/2025/77180.html",
        title="外卖骑手参加职业技能培训心得体会",
        record_title="外卖骑手参加职业技能培训心得体会（精选）",
        date=None,
        notes="the whole body on one line; decorated title; a 复制本文 button row and a pay-to-download prompt glued at the end of the line; writing-service QQ; no date",
        indent="\u3000\u3000",
        oneline=True,
        page="""
!m 映华范文库 - 心得体会频道
!t 外卖骑手参加职业技能培训心得体会（精选）
!m 栏目：心得体会　人气：1687
{BODY}⟦a 【全文复制】【保存为Word，需映华会员】⟧
!w 不会写？资深笔杆子帮你写，QQ 3308217761
!l 更多：骑手年终总结｜快递员先进事迹
""",
        body="""
这次参加区人社局组织的网约配送员职业技能培训，让我对自己每天干的这份工作有了新的认识。
以前我总觉得送外卖就是跑得快就行，培训中老师讲了交通安全、食品安全和顾客沟通，我才知道这里面学问不少。
最让我受益的是交通安全课，老师用真实事故案例告诉我们，宁等三分不抢一秒。
培训结束后我考取了职业技能等级证书，以后我会更加安全、规范地完成每一单配送。
""",
    ),
    dict(
        slug="wenku-shanyuan-organ-donation-plan-wrap-markers",
        site="善缘文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.shanyuanwk.example.com/doc/40887213.html",
        title="璘州市2025年人体器官捐献宣传月活动方案",
        record_title="璘州市2025年人体器官捐献宣传月活动方案（word版）",
        date="2025-08-20",
        notes="hard-wrapped text (64 columns) cut by page markers n⁄5 glued at the start of continuation lines or on their own; decorated title; a preview-end prompt; an uploader notice",
        indent="\u3000\u3000",
        wrap=64,
        pages=dict(fmt="{n}⁄5", every=85, start=2, glue="mix"),
        page="""
!m 善缘文库 > 医药卫生 > 公益宣传
!t 璘州市2025年人体器官捐献宣传月活动方案（word版）
!m 文档页数：5　上传时间：2025-09-02　下载：27
{BODY}
!a 试看结束，支付3.8元解锁全部内容
!d 温馨提示：文档由网友贡献，版权归原作者所有，本站仅作展示。
""",
        body="""
为普及人体器官捐献知识，弘扬人道、博爱、奉献精神，市红十字会决定于9月开展人体器官捐献宣传月活动，现制定方案如下。
一、活动主题：生命接力，大爱永续。
二、活动内容：一是组织宣传进社区、进校园、进医院，发放宣传资料，现场解答群众疑问；二是在缅怀纪念园举行器官捐献者缅怀活动；三是邀请受捐者家属讲述生命故事。
三、工作要求：各区红十字会要结合实际制定具体活动安排，注重宣传实效，活动结束后及时报送工作总结。
璘州市红十字会
2025年8月20日
""",
    ),
    dict(
        slug="news-kunchen-boxing-match-html",
        site="琨城新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.kcnews.example.cn/tiyu/2025-08/10/content_661802.html",
        title="琨城市青少年拳击锦标赛落幕 两百余名小拳手同场竞技",
        record_title=None,
        date="2025-08-10",
        notes="news HTML: no record title; a video box label, a photo caption, a 'related' list and a comment count; byline with time and source; the editor line on its own",
        page="""
<html><head><meta charset="utf-8"><title>琨城新闻网-体育频道</title></head><body>
<div class="hd">⟦m 琨城新闻网　权威 及时 贴近⟧</div>
<div class="chan">⟦m 首页 › 体育 › 本地赛事⟧</div>
<h1>{T}</h1>
<div class="by">⟦m 2025-08-10 19:26:08　来源：琨城日报　作者：柏宇⟧</div>
<div class="video">⟦a ▶ 点击观看赛事集锦视频⟧</div>
{BODY}
<p class="ed">⟦m 责任编辑：易青⟧</p>
<div class="cmt">⟦l 已有 28 人参与评论　我要评论⟧</div>
<div class="rel">⟦l 相关新闻：全市体校暑期集训开营 ｜ 拳锋搏击馆获评体教融合示范点⟧</div>
</body></html>
""",
        body="""
8月10日，为期三天的琨城市青少年拳击锦标赛在市体育中心落下帷幕，来自全市十二个代表队的两百余名青少年拳手参赛。
本次比赛设男子、女子十二个级别，采用三回合制，每回合两分钟，全部选手佩戴护头和护齿上场。
⟦m 图为女子四十六公斤级决赛现场。柏宇 摄⟧
经过激烈角逐，市体校代表队获得团体总分第一名，拳锋青少年搏击馆代表队获第二名。
市体育局有关负责人表示，将继续推进体教融合，让更多青少年在拳台上磨炼意志、强健体魄。
""",
    ),
    dict(
        slug="forum-manyou-cosplay-fair-safety-junk",
        site="漫游次元论坛 (invented)",
        style="论坛",
        genre="须知",
        kind="other",
        form="text",
        source="https://bbs.manyou-ciyuan.example.com/t/44871",
        title="第五届琨城动漫游戏展观展须知",
        record_title="【官方】第五届琨城动漫游戏展观展须知～必看！ - 漫展情报 - 漫游次元论坛",
        date="2025-07-25",
        date_also=["2025-07-26"],
        notes="hobby forum text: junk lines and glued junk; decorated title with 【官方】 and ～必看！; post time differs from the organiser's date (both accepted); stickers and floors",
        junk=dict(lines=2, glued=2),
        page="""
!m 漫游次元论坛 » 漫展情报
!t 【官方】第五届琨城动漫游戏展观展须知～必看！
!m 主办方小助手 ┆ 2025-07-26 12:00 发布 ┆ 3392 浏览
{BODY}
!l [表情] [表情] 收到！
!l 沙发 ┆ 喵呜酱：道具剑能带吗？
!a 回复本帖需先绑定手机号
""",
        body="""
各位漫友：第五届琨城动漫游戏展将于8月2日至3日在琨城国际会展中心举行，为保障观展安全，请仔细阅读以下须知。
一、观展人员凭实名电子票入场，一人一票，入场时需核验身份证件。
二、角色扮演道具须为泡沫、纸板等轻质材料，金属道具、仿真枪械一律禁止携带入场。
三、更衣室设在二号馆东侧，请勿在卫生间、通道内更换服装。
四、场馆内禁止吸烟，请勿携带易燃易爆物品。
琨城动漫游戏展组委会
2025年7月25日
""",
    ),
    dict(
        slug="wechat-zhangping-traffic-police-pledge-wrapped",
        site="璋平交警 公众号镜像 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://wxread.example.org/zhangpingjiaojing/20250115",
        title="春运文明出行倡议书",
        record_title="春运文明出行倡议书｜璋平交警",
        date="2025-01-15",
        notes="WeChat mirror as a hard-wrapped text (60 columns); account line with date; a 点击关注 line, a 分享给更多人 line between paragraphs; the document's own 报警电话 kept",
        indent="\u3000\u3000",
        wrap=60,
        page="""
!m 璋平交警　2025-01-15 07:58
!a 点击上方蓝字关注我们
{T}
{BODY}
!a 转给家人朋友，一起平安回家！
!l 阅读 9821　👍 210　在看 64
!d 本文图片来源于网络，如有侵权请联系删除
""",
        body="""
广大交通参与者：
春运即将开始，返乡探亲、外出旅游人员增多，道路交通流量大幅增加。为了您和家人的平安，璋平县公安局交通警察大队向您发出如下倡议。
一、出行前检查车况，不驾驶安全技术性能不合格的车辆，不疲劳驾驶。
⟦a 👉 分享给更多需要的人 👈⟧
二、严格遵守交通法规，不酒驾醉驾，不超速超员，全车人员系好安全带。
三、遇到交通事故或突发情况，请及时拨打报警电话122。
璋平县公安局交通警察大队
2025年1月15日
""",
    ),
    dict(
        slug="docshare-lihua-workshop-head-report-markers",
        site="享阅文档网 (invented)",
        style="文档分享",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://www.xiangyuedoc.example.com/p-3301875.html",
        title="炼油二部主任2024年度述职述廉报告",
        record_title=None,
        date="2025-01-08",
        notes="document-sharing text without a record title (the title on the page); page markers ᚛n᚜ cutting paragraphs on lines of their own; a doc toolbar line; an uploader notice and a similar-docs box",
        indent="\u3000\u3000",
        pages=dict(fmt="᚛{n}᚜", every=80, start=2),
        page="""
!m 享阅文档网 › 党政工作 › 述职报告
!a 收藏　下载　分享　举报
{T}
!m 上传者：jiyi_docs　页数：4页　浏览：622
{BODY}
!d 本文档由用户上传，如涉及侵权请联系客服处理，享阅文档网不承担相关责任。
!l 相似文档：车间主任述职报告、安全总监述廉报告
""",
        body="""
2024年，我在公司党委和领导班子的领导下，带领炼油二部全体干部员工，全面完成了各项生产经营任务，现将一年来的工作和廉洁自律情况报告如下。
一、主要工作。全年加工原油三百一十万吨，装置平稳率达到百分之九十九点二，实现安全生产无事故。
二、廉洁自律情况。严格遵守廉洁从业各项规定，在物资采购、外委施工等环节坚持集体决策，没有利用职务之便谋取私利。
三、存在的不足。对新装置技术消化吸收还不够，班组建设抓得不够细。
述职人：汪海洋
2025年1月8日
""",
    ),
    dict(
        slug="qa-jiankang-rabies-vaccine-answer",
        site="健康问答站 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://ask.jiankangwenda.example.com/q/2025/551830.html",
        title="被自家小狗抓破一点皮，需要打狂犬疫苗吗？",
        record_title=None,
        date=None,
        notes="health Q&A text without a record title (the question on the page); a doctor card; relative answer time (2小时前) is no date; a 'not a diagnosis' notice and an 问医生 prompt; related questions",
        page="""
!m 健康问答站 › 疾病问答 › 感染科
{T}
!m 匿名网友 提问　｜　女，32岁
!m 琨城市疾控中心 主管医师 伍丽 ｜ 2小时前回答
{BODY}
!d 以上回答仅供参考，不能作为诊断和治疗的依据。
!w 问题没解决？图文问医生，5分钟内回复
!l 相关问题：狂犬疫苗打完能喝酒吗？｜被猫舔了伤口要紧吗？
""",
        body="""
您好，被犬抓伤后皮肤破损、有轻微出血的，属于二级暴露，需要尽快接种狂犬病疫苗。
即使是自家打过疫苗的宠物，也建议按暴露后处置程序处理，因为宠物疫苗的免疫效果无法完全保证。
伤口要先用肥皂水和流动清水交替冲洗至少十五分钟，再用碘伏消毒，然后到就近的狂犬病暴露处置门诊就诊。
如果伤口较深或者在头面部，还需要注射狂犬病被动免疫制剂。
""",
    ),
    dict(
        slug="mail-yichuan-ip-notice-forward-attachments",
        site="邮件转发 / 翊川市市场监督管理局 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mail://inbox/2025-04-22/ycscjg-ipr-fwd",
        title="关于组织申报2025年度知识产权示范企业的通知",
        record_title="转发: 关于组织申报2025年度知识产权示范企业的通知",
        date="2025-04-18",
        date_also=["2025-04-22"],
        notes="a forwarded mail: the mail's own attachment header with file sizes (chrome) next to the notice's 附件 list (body); 抄送 mail header vs the notice's 抄送 版记 line; the mail date differs (also accepted)",
        page="""
!m 发件人：园区企业服务部 <qyfw@ycyq.example.cn>
!m 日　期：2025-04-22 14:37
!m 收件人：园区各企业联络员
!m 抄　送：园区管委会办公室
!m 主　题：转发: 关于组织申报2025年度知识产权示范企业的通知
!m 附　件：申报书.doc (64KB)；评价指标.xls (22KB)
请有意向的企业于5月15日前将材料报企业服务部初审。
{BODY}
!a 该邮件中的附件已通过病毒扫描
!m 翊川高新区管委会 企业服务部 电话 0731-85503361
""",
        body="""
各县市区市场监督管理局，各有关企业：
为发挥知识产权示范引领作用，现组织开展2025年度知识产权示范企业申报工作。
一、申报条件：在本市注册一年以上，拥有有效发明专利三件以上，建立知识产权管理制度。
二、申报时间：即日起至5月20日，逾期不予受理。
三、联系人：市市场监管局知识产权科 秦悦，电话：0731-85512078，邮箱：zscqk@ycscjg.example.gov.cn。
附件：1.知识产权示范企业申报书
2.评价指标体系
翊川市市场监督管理局
2025年4月18日
抄送：市科技局，市工业和信息化局。
""",
    ),
    dict(
        slug="print-jiantou-nightmarket-rules-print-footer",
        site="枧头县城市管理局 (invented)",
        style="打印页",
        genre="办法",
        kind="other",
        form="text",
        source="http://cgj.jiantou.example.gov.cn/zcfg/2025/0615.html?print=1",
        title="枧头县滨河夜市经营管理办法（试行）",
        record_title="〖打印稿〗枧头县滨河夜市经营管理办法（试行）",
        date="2025-06-15",
        notes="print view: decorated title, a print-time stamp (no date), the page URL at the bottom and a print footer; articles speak of 扫码/打印 as content; 施行 date in the last article; 成文日期 under the signature",
        page="""
!m 枧头县城市管理局网站 · 打印稿
!m 打印于 2025-07-02 09:15
{T}
{BODY}
!m 本页地址：http://cgj.jiantou.example.gov.cn/zcfg/2025/0615.html
!p ( 1 / 1 )
""",
        body="""
第一条　为规范滨河夜市经营秩序，营造整洁、安全、有序的夜间消费环境，制定本办法。
第二条　夜市摊位实行统一编号、统一招租，摊主须持有效健康证明和食品经营登记凭证。
第三条　摊主应当在摊位显著位置张贴经营信息二维码，消费者扫码即可查看摊主信息和投诉渠道。
第四条　夜市管理办公室每月对摊位进行考评，考评结果打印后在夜市入口公示。
第五条　本办法自2025年6月20日起试行。
枧头县城市管理局
2025年6月15日
""",
    ),
]
