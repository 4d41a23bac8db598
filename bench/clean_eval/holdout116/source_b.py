"""holdout116, part B: a blog, WeChat mirrors, sharing sites, education portals, intranets, Q&A. All invented."""

CASES = [
    dict(
        slug="blog-text-eclipse-observation-plan",
        site="观星小札 (invented)",
        style="博客",
        genre="方案",
        kind="plan",
        form="text",
        source="http://guanxing.blog.163x.net/blog/static/2025031/",
        title="蓍山中学天文社日偏食观测活动方案",
        record_title="蓍山中学天文社日偏食观测活动方案 - 观星小札 - 网易x博客",
        date="2025-03-20",
        notes="old-style blog; safety sentence about 打印 kept; 成文日期 in Chinese numerals",
        page="""
!m 观星小札 - 网易x博客
!m 一个物理老师的星空日志
{T}
!m 2025-03-21 19:12:05 | 分类：天文社 | 标签：日食 观测 | 字号 大中小 订阅
{BODY}
!l 阅读(208)| 评论(3)
!l 上一篇：梅西耶马拉松记录　　下一篇：社团招新海报
!l 评论这篇日志 >>
""",
        indent="　　",
        date_also=["2025-03-21"],
        body="""
为让同学们安全观测本月29日的日偏食，天文社制定本方案。
一、观测时间：3月29日下午16:45至17:50，地点为学校科技楼楼顶平台。
二、观测方式：使用配有巴德膜的望远镜两台、小孔成像板二十块，另请同学们自行打印学校发放的观测记录表。
三、安全要求：严禁用肉眼、普通墨镜或未加滤光膜的望远镜直视太阳；每台望远镜由一名指导教师值守，楼顶平台限30人同时观测。
四、遇阴雨天气，改为在报告厅观看天文台网络直播。
蓍山中学天文社
二〇二五年三月二十日
""",
    ),
    dict(
        slug="wechat-html-morel-coop-letter",
        site="葑溪乡村发布 公众号镜像 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://wx.mirror-read.cn/s/fengxi/9Hk2Lp0Q",
        title="致全镇羊肚菌种植户的一封信",
        record_title="致全镇羊肚菌种植户的一封信",
        date="2024-10-15",
        notes="WeChat mirror: account line, 阅读原文/在看, follow prompt; signature date; a sentence about 关注 and 扫码 kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>致全镇羊肚菌种植户的一封信</title>
<script>var biz="MzA5NjQ3";</script></head><body>
<div class="rich_media">
<h1>{T}</h1>
<div class="meta">⟦m 葑溪乡村发布　2024年10月16日 07:30　江苏⟧</div>
<div class="banner">⟦a 点击上方蓝字，关注我们⟧</div>
<div id="js_content">
{BODY}
</div>
<div class="tail">⟦m 来源：葑溪镇农业服务中心　编辑：顾一苇　审核：沈立⟧</div>
<div class="bar">⟦a 阅读原文⟧ ⟦l 阅读 2416　在看 37　分享 19⟧</div>
<div class="qr">⟦a 长按识别二维码 关注“葑溪乡村发布”⟧</div>
</div>
<footer>⟦d 本页为公众号文章镜像，内容版权归原作者所有⟧</footer>
</body></html>
""",
        body="""
各位种植户朋友：
又到了羊肚菌下种的季节。去年全镇羊肚菌种植面积达到1350亩，亩均收入超过1.2万元，大家的辛苦有了回报。为确保今年再获丰收，镇农业服务中心提醒大家做好以下几件事：
一是选好菌种。要到有资质的菌种场购买，索要购种凭证，切勿贪图便宜购买来路不明的菌种。
二是适时播种。建议在10月下旬至11月中旬、地温稳定在18℃以下时播种，播后及时覆盖遮阳网。
三是科学管理。出菇期注意通风控湿，发现病害请及时联系镇农技员，不要自行乱用药。
大家可以关注本公众号“种植课堂”栏目，或扫描大棚门口的技术服务码，随时查看管理要点。
葑溪镇农业服务中心
2024年10月15日
""",
    ),
    dict(
        slug="wechat-text-marionette-troupe-speech",
        site="苡川文旅 公众号转载 (invented)",
        style="公众号镜像",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://mp.wxreader.net/yichuan_wl/20250108_2",
        title="在提线木偶剧团建团六十周年座谈会上的讲话",
        record_title="在提线木偶剧团建团六十周年座谈会上的讲话｜苡川文旅",
        date="2025-01-08",
        notes="speech with speaker line and date under the title (neutral); 在看 and like bars; one-line body",
        page="""
!m 苡川文旅
{T}
（2025年1月8日）
县文化广电旅游局局长　程雁
{BODY}
!a ↓↓↓ 点个“在看”，让更多人看到苡川木偶 ↓↓↓
!l 往期推荐：木偶剧《小猴摘桃》进校园｜非遗传承人收徒仪式举行
!m 微信号：yichuan_wenlv
""",
        oneline=True,
        indent="　　",
        body="""
各位老艺人、同志们：
六十年前，十几位民间艺人挑着木偶箱子走村串户，创办了我们县的提线木偶剧团。六十年来，剧团累计演出一万二千多场，足迹遍布全省，成为苡川的一张文化名片。
今天我们在这里座谈，既是回顾历史，更是谋划未来。下一步，局里将支持剧团建设传习所，每年招收学员不少于6名，实行师带徒、一对一传承。
同时，要推动木偶戏进景区、进校园、进社区，让更多年轻观众走近这门古老艺术。祝剧团越办越好！
""",
    ),
    dict(
        slug="docshare-html-luosifen-standard-request",
        site="共享文档站 (invented)",
        style="文档分享",
        genre="请示",
        kind="request",
        form="html",
        source="https://www.gxwdz.com/p-55201873.html",
        title="关于申请制定螺蛳粉地方标准的请示",
        record_title="关于申请制定螺蛳粉地方标准的请示.doc",
        date="2024-07-09",
        notes="document-sharing page; file-name title; upload stamp not a date; 抄送 line kept; document number neutral",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于申请制定螺蛳粉地方标准的请示.doc - 共享文档站</title></head><body>
<div class="head">⟦m 共享文档站 · 文档一键分享⟧ ⟦a 上传文档⟧ ⟦a 会员中心⟧</div>
<div class="path">⟦m 共享文档站 / 行业资料 / 食品加工⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 上传时间：2024-08-02　下载次数：77　文件大小：31KB　页数：2页⟧</div>
<div class="doc">
<p>苕原产发〔2024〕17号</p>
{BODY}
</div>
<div class="dl">⟦a 下载此文档 所需积分：5⟧ ⟦a 举报⟧</div>
<div class="more"><p>⟦l 你可能喜欢：米粉生产许可审查细则 / 酸笋加工卫生规范⟧</p></div>
<footer>⟦d 本站文档均来自用户上传，本站不对内容的准确性负责。⟧</footer>
</body></html>
""",
        body="""
县市场监督管理局：
近年来，我县螺蛳粉产业快速发展，全县规模以上生产企业达到23家，2023年产值12.6亿元。但企业执行的标准不统一，酸笋发酵、汤料包配比等关键环节缺少规范，产品质量参差不齐。
为此，县螺蛳粉产业园管理委员会申请由我委牵头，联合县食品检验所和6家骨干企业，起草《预包装螺蛳粉生产技术规范》县级地方标准，力争年内完成立项和征求意见。
妥否，请批示。
附件：1.标准立项申请书
2.起草单位及人员名单
苕原县螺蛳粉产业园管理委员会
2024年7月9日
抄送：县农业农村局，县工业和信息化局。
""",
    ),
    dict(
        slug="docshare-text-cashew-factory-report-markers",
        site="文档汇 (invented)",
        style="文档分享",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.wendanghui.com/doc/3318820.html",
        title="关于全市腰果加工企业用工情况的调研报告",
        record_title="关于全市腰果加工企业用工情况的调研报告",
        date=None,
        notes="page markers ⁅n⁆; a table kept; no date (year only in a crawl stamp)",
        page="""
!m 文档汇 - 分享有价值的文档
!m 当前：首页 > 调研报告 > 企业调研
{T}
!m 抓取时间：2025-02-11 03:20
!a 〖免费预览〗〖下载〗〖加入收藏〗
{BODY}
!a ——预览结束，下载完整版请点击上方按钮——
!l 热门文档：制造业用工调研｜返乡创业调查
""",
        pages=dict(fmt="⁅{n}⁆", every=220, start=2, glue=False),
        body="""
为了解全市腰果加工企业用工现状，市人社局组织调研组，对全市14家腰果加工企业开展问卷调查和实地走访。现将有关情况报告如下。
一、用工基本情况
企业类型　　企业数　　用工人数　　女性占比
去壳分级　　8　　1260　　78%
烘烤包装　　4　　530　　65%
综合加工　　2　　410　　71%
二、存在的主要问题
一是季节性用工缺口大，原料集中到港的三个月里，企业普遍缺工两成以上；二是手工剥壳岗位劳动强度大、收入偏低，年轻人不愿意干；三是部分企业未按规定为临时工缴纳工伤保险。
三、对策建议
建议推动企业与周边乡镇建立季节性劳务对接机制，支持企业引进自动化去壳设备，并将临时工参加工伤保险情况纳入劳动保障监察重点。
""",
    ),
    dict(
        slug="edu-html-picture-book-library-notice",
        site="莼湖区教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.chunhu.edu.cn/tzgg/2024/1105/3327.html",
        title="关于开展“绘本漂流进校园”活动的通知",
        record_title="关于开展“绘本漂流进校园”活动的通知-莼湖区教育信息网",
        date="2024-11-05",
        notes="education portal; attachment list kept; contact of the notice beside the portal's technical support line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于开展“绘本漂流进校园”活动的通知-莼湖区教育信息网</title>
<script src="/js/jquery.min.js"></script></head><body>
<div class="top">⟦m 莼湖区教育信息网⟧ ⟦m 立德树人　办人民满意的教育⟧</div>
<ul class="menu"><li>⟦m 网站首页⟧</li><li>⟦m 教育要闻⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 招生考试⟧</li></ul>
<div class="pos">⟦m 您当前的位置：首页 → 通知公告⟧</div>
<h2>{T}</h2>
<div class="sub">⟦m 作者：区教育局基教科　发布时间：2024-11-05　点击数：912⟧</div>
<div class="content">
<p>各小学、幼儿园：</p>
{BODY}
</div>
<div class="fj">⟦l 【相关附件下载】⟧</div>
<div class="side">⟦l 最新公告⟧ ⟦l · 2025年义务教育阶段招生报名须知⟧ ⟦l · 区中小学教师书法比赛获奖名单⟧</div>
<footer>⟦m 技术支持：莼湖区教育信息中心　电话：0574-8831 0022⟧ ⟦m 浙ICP备11002783号⟧</footer>
</body></html>
""",
        body="""
为推进书香校园建设，激发儿童阅读兴趣，区教育局联合区少儿绘本馆开展“绘本漂流进校园”活动。现将有关事项通知如下。
一、活动时间：2024年11月至2025年6月。
二、活动内容：绘本馆向每所学校（幼儿园）提供绘本200册，每两个月轮换一次；各校设立漂流书架，由班级轮流借阅，并组织亲子共读、绘本剧表演等活动。
三、有关要求：各校于11月15日前确定一名联络员，填写报名回执后发送至邮箱 chhjyk@163.com。
联系人：包敏；电话：0574-8830 1568。
附件：1.“绘本漂流进校园”活动报名回执
2.漂流绘本借阅登记表
莼湖区教育局
2024年11月5日
""",
    ),
    dict(
        slug="edu-text-kindergarten-ornamental-fish-letter",
        site="茈湖实验幼儿园 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.cihuyey.cn/news/show.php?id=1821",
        title="关于班级自然角饲养观赏鱼的告家长书",
        record_title="【家园共育】关于班级自然角饲养观赏鱼的告家长书",
        date="2025-03-03",
        notes="kindergarten letter; 回执 at the end with blanks kept; template placeholder 年 月 日 line",
        page="""
!m 茈湖实验幼儿园　园所动态
!m 首页 > 家园共育 > 通知
{T}
!m 发布人：大二班　时间：2025-03-03　浏览：455
{BODY}
!a 【打印该页】　【返回列表】
!m 园址：茈湖区惠民路9号　园长信箱：yz@cihuyey.cn
""",
        body="""
亲爱的家长朋友：
为了让孩子们观察生命、学会照顾，本学期各班将在自然角饲养金鱼、孔雀鱼等观赏鱼。鱼缸、鱼食由幼儿园统一采购，每周由老师和值日生一起换水喂食。
如您的孩子对鱼类或水草过敏，或您不同意孩子参与饲养，请在回执中注明，我们将另行安排自然角活动。
请于3月7日前将回执交给班级老师。感谢您的支持！
茈湖实验幼儿园
2025年3月3日
回执
幼儿姓名：________　班级：________
□同意参与　□不同意参与　过敏情况：________
家长签名：________　　年　月　日
""",
    ),
    dict(
        slug="oa-html-cell-tower-company-minutes",
        site="铁塔蕨岭分公司内网 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.jueling-tower.local/doc/view.do?id=20250218-0042",
        title="2025年通信基站共享改造专题会议纪要",
        record_title="内网公文-2025年通信基站共享改造专题会议纪要",
        date="2025-02-18",
        notes="intranet document view with 流转记录 and read counts; minutes lines kept; 印发 line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>内网公文-2025年通信基站共享改造专题会议纪要</title>
<script src="/oa/js/flow.js"></script></head><body>
<div class="oa-top">⟦m 蕨岭分公司协同办公平台⟧ ⟦m 欢迎您：网络建设部 孙晗⟧ ⟦a 退出⟧</div>
<div class="oa-nav">⟦m 待办(4)⟧ ⟦m 已办⟧ ⟦m 公文阅览⟧ ⟦m 通讯录⟧</div>
<h2>{T}</h2>
<div class="docinfo">⟦m 文种：会议纪要　密级：内部　阅读次数：63⟧</div>
<div class="docbody">
{BODY}
</div>
<div class="flow"><p>⟦m 流转记录：综合部 拟稿 2025-02-19 → 分管领导 审核 2025-02-20 → 归档⟧</p></div>
<div class="ops">⟦a 导出PDF⟧ ⟦a 转发⟧ ⟦a 加入我的收藏⟧</div>
<footer>⟦d 内部资料　严禁外传⟧</footer>
</body></html>
""",
        body="""
时间：2025年2月18日上午
地点：分公司三楼会议室
主持：副总经理　唐立军
出席：网络建设部、运营维护部、财务部、综合部负责人
会议研究了2025年通信基站共享改造工作，议定事项如下：
一、全年计划对存量铁塔实施共享改造312座，优先满足三家运营商5G补盲需求，网络建设部3月10日前拿出分区县计划。
二、运营维护部牵头梳理电费分摊争议站点，一站一策提出处理意见。
三、财务部按季度跟踪改造投资进度，确保资金支付合规。
印发：各部门、各区县办事处（2025年2月20日印发）
""",
    ),
    dict(
        slug="oa-text-smart-lock-maker-notice-export",
        site="锁安科技OA导出 (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="text",
        source="file://oa-export/suoan/2024/notice_1103.txt",
        title="关于智能门锁指纹模组批次质量问题的处理通知",
        record_title="关于智能门锁指纹模组批次质量问题的处理通知",
        date="2024-11-03",
        notes="OA export with approval trail; decimal headings 2.1/2.2 kept; 成文日期",
        page="""
!m 锁安科技协同办公系统 · 公文导出
!m 导出人：qa_liuy　导出时间：2024-11-05 17:44
{T}
锁安质〔2024〕31号
{BODY}
!m 审批记录：质量部 刘洋 起草 → 生产中心 钟淼 会签 → 总经理 黄涛 签发
!d 本文件为公司内部资料，请勿外传
""",
        body="""
各生产线、质量部、采购部：
10月下旬，售后部门陆续接到客户反映部分智能门锁指纹识别失败率偏高。经排查，问题集中在供应商批次号为FP2409的指纹模组。现就处理事项通知如下：
1. 问题范围
1.1 涉及2024年9月12日至10月8日生产的S7系列门锁，共计4370套。
1.2 已出货的2910套由售后部门逐一联系客户上门更换模组。
2. 整改要求
2.1 采购部暂停该批次模组入库，并向供应商发出质量索赔函。
2.2 质量部对指纹模组增加100%来料功能检测，检测记录保存两年。
锁安科技有限公司
2024年11月3日
""",
    ),
    dict(
        slug="qa-html-lost-and-found-answer",
        site="问一问社区 (invented)",
        style="问答社区",
        genre="其他",
        kind="other",
        form="html",
        source="https://www.wenyiwen.com/question/77810232",
        title="地铁上捡到的钱包应该交到哪里？",
        record_title=None,
        date="2025-04-02",
        notes="Q&A page: question as the title, answer with 回答于 time; vote bar; a sentence about 下载 kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>问一问社区</title></head><body>
<div class="hd">⟦m 问一问社区⟧ ⟦a 提问⟧ ⟦a 登录⟧</div>
<div class="q"><h1>{T}</h1><p>⟦m 生活 · 出行 · 3个回答 · 1.2万浏览⟧</p></div>
<div class="ans">
<div class="user">⟦m 苳城失物招领中心工作人员　回答于 2025-04-02 10:18⟧</div>
{BODY}
<div class="vote">⟦l 赞同 286　反对　评论 12　收藏⟧</div>
</div>
<div class="rel">⟦l 相关问题：公交上丢了手机怎么找回？ · 捡到身份证放哪里？⟧</div>
<footer>⟦d 回答仅代表答主个人观点，不构成任何建议⟧</footer>
</body></html>
""",
        body="""
你好，首先感谢你拾金不昧。
在地铁车厢或站内捡到的钱包，最方便的是直接交给就近车站的站务人员，他们会登记后统一移交地铁失物招领中心。
如果已经出站，也可以送到附近派出所或者城市失物招领中心，工作人员会开具收据，并尝试通过钱包里的证件联系失主。
丢了东西的乘客，可以下载地铁官方App，在“失物查询”栏目按日期和线路查找，确认后凭有效证件领取。
""",
    ),
    dict(
        slug="qa-text-face-recognition-gate-question",
        site="邻里问答 (invented)",
        style="问答社区",
        genre="其他",
        kind="other",
        form="text",
        source="https://linliwenda.cn/q/5521904",
        title="小区门禁强制人脸识别，业主可以拒绝吗？",
        record_title="小区门禁强制人脸识别，业主可以拒绝吗？-邻里问答",
        date=None,
        notes="Q&A with relative times only (no date); lawyer answer; list of questions",
        page="""
!m 邻里问答 > 物业纠纷
{T}
!m 提问者：湖边住户　｜　2天前
!m 最佳答案　律师 季文澜　8小时前
{BODY}
!l 有用(52)　没用(3)　追问
!w 一对一咨询律师，首次免费，点此联系在线律师 ＞＞
!l 其他回答（4）　按时间排序
!l 类似问题：物业能否收集车牌信息？｜电梯刷卡要实名吗？
""",
        body="""
可以拒绝。根据相关司法解释，物业服务企业使用人脸识别作为出入小区的验证方式，应当征得业主或者使用人的单独同意。
对不同意的业主，物业应当提供门禁卡、密码等其他合理的验证方式，不能因此不让业主进出小区。
建议先书面向物业提出，如物业拒不改正，可以向街道或者房产主管部门反映，必要时提起诉讼。
""",
    ),
]
