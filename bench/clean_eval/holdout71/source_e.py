"""holdout71, part E: morning markets (早市) — market service centres, stall allocation, vendors'
associations, a market operator, a stall dispute, food-safety training, an exam question.
Written by hand, blind; invented text, places, people, sites and URLs. See ../README.md and ../build.py."""

CASES = [
    dict(
        slug="rsks-beiyuan-market-staff-recruit-html",
        site="贝原市人力资源和社会保障局考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://kszx.beiyuan.example.gov.cn/zpgg/2025/0922/5530.html",
        title="贝原市早市服务中心2025年公开招聘编外工作人员公告",
        record_title="【招聘公告】贝原市早市服务中心2025年公开招聘编外工作人员公告",
        date="2025-09-22",
        notes="exam-portal template: 【招聘公告】 prefix; the centre's own 咨询电话 kept beside the portal's technical hotline; a position table; an 报名入口 button and an exam calendar sidebar; 成文日期",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>贝原市早市服务中心2025年公开招聘编外工作人员公告</title></head><body>
<div class="top">⟦m 贝原人事考试网⟧ ⟦a 网上报名入口⟧ ⟦a 准考证打印⟧ ⟦a 成绩查询⟧</div>
<div class="crumb">⟦m 首页 › 招聘公告 › 事业单位⟧</div>
<h1>⟦t 【招聘公告】贝原市早市服务中心2025年公开招聘编外工作人员公告⟧</h1>
<div class="info">⟦m 发布：2025-09-22 16:00　来源：贝原市早市服务中心⟧</div>
{BODY}
<div class="cal">⟦l 考试日历　10月 公务员笔试　11月 教师资格面试⟧</div>
<div class="ft">⟦m 网站技术支持电话：0416-2268010⟧　⟦d 本网站所有内容，未经许可不得复制⟧</div>
</body></html>
""",
        body="""
因工作需要，贝原市早市服务中心面向社会公开招聘编外工作人员五名。
岗位　人数　条件
市场巡查员　3　高中及以上学历，四十周岁以下
食品快检员　2　大专及以上学历，食品类专业
报名时间为9月25日至9月29日，报名地点在市早市服务中心二楼办公室。
咨询电话：0416-2251437
贝原市早市服务中心
2025年9月22日
""",
    ),
    dict(
        slug="tender-xiaoqiao-canopy-bid-html",
        site="晓桥区政府采购网 (invented)",
        style="招投标网",
        genre="招标公告",
        kind="notice",
        form="html",
        source="http://zfcg.xiaoqiao.example.gov.cn/cggg/2025/0311/gk-0392.html",
        title="晓桥区河滨早市遮雨棚改造工程竞争性磋商公告",
        record_title="晓桥区河滨早市遮雨棚改造工程竞争性磋商公告",
        date="2025-03-11",
        notes="procurement template: a project-info table, the buyer's and agency's own 联系人/电话 kept; a CA-driver download and a 'bid now' button; a 'subscribe' box; 公告日期",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>晓桥区河滨早市遮雨棚改造工程竞争性磋商公告</title></head><body>
<div class="hd">⟦m 晓桥区政府采购网⟧ ⟦a 供应商登录⟧ ⟦a CA驱动下载⟧</div>
<div class="nav">⟦l 采购公告 | 更正公告 | 结果公告 | 合同公示 | 政策法规⟧</div>
<h2>{T}</h2>
<div class="time">⟦m 发布时间：2025-03-11　浏览：213⟧</div>
{BODY}
<div class="op">⟦a 我要投标⟧ ⟦a 收藏项目⟧</div>
<div class="sub">⟦l 订阅同类采购信息，第一时间推送⟧</div>
<div class="ft">⟦m 晓桥区财政局主办　政府采购服务热线：0591-8370011⟧</div>
</body></html>
""",
        body="""
一、项目编号：XQCG-2025-0392
二、项目名称：晓桥区河滨早市遮雨棚改造工程
三、预算金额：58.6万元
四、供应商资格要求：具有建筑工程施工总承包三级及以上资质。
五、获取磋商文件时间：2025年3月12日至3月18日。
六、采购人：晓桥区市场服务中心，联系人：凌女士，电话：0591-8362504。
七、代理机构：晓桥正方项目管理有限公司，联系人：顾工，电话：0591-8377219。
公告日期：2025年3月11日
""",
    ),
    dict(
        slug="lawfirm-shilan-stall-dispute-qa",
        site="石岚律师网 (invented)",
        style="律所网站",
        genre="问答",
        kind="article",
        form="text",
        source="https://www.shilanlawyer.example.cn/zx/6617.html",
        title="早市摊位被他人占用，如何维权？",
        record_title="早市摊位被他人占用，如何维权？_石岚律师网",
        date=None,
        notes="law-firm consultation page: a site suffix; the question, then a lawyer's answer; the firm's consult line and a 'get a lawyer in 3 minutes' prompt as chrome; an update stamp is no date",
        page="""
!m 石岚律师网　|　在线咨询　律师推荐　法律文书
!t 早市摊位被他人占用，如何维权？_石岚律师网
!m 咨询类别：合同纠纷　｜　更新时间：2025-07-02 10:21
!w 3分钟快速匹配律师，立即咨询>>
{BODY}
!m 解答律师：宣振华律师（执业八年）
!w 免费咨询热线：400-806-7722
!l 相似问题：摊位费交了被赶走怎么办　市场管理方收费合法吗
""",
        body="""
问：我在石岚镇早市租了一个固定摊位，交了一年的摊位费，最近经常被别人占用，找市场管理方也没人管，怎么办？
答：您与市场管理方签订了摊位租赁协议并交纳了费用，管理方有义务保障您正常使用摊位。
建议您先保留好协议、缴费凭证和被占用时的照片视频，再书面要求管理方处理。
管理方仍不处理的，可以向当地市场监管部门投诉，也可以起诉要求管理方承担违约责任。
""",
    ),
    dict(
        slug="community-nanmen-stall-lottery-html",
        site="南门街道花园社区 (invented)",
        style="社区网站",
        genre="公示",
        kind="notice",
        form="html",
        source="http://huayuan.nanmenjd.example.org.cn/gsgg/2025/0410.html",
        title="花园社区便民早市摊位抽签结果公示",
        record_title="花园社区便民早市摊位抽签结果公示",
        date="2025-04-10",
        notes="community template: a weather and a service-hotline strip; a lottery-result table kept; the community's own 监督电话 kept; a volunteer-signup button and a comment box; 成文日期",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>花园社区便民早市摊位抽签结果公示</title></head><body>
<div class="strip">⟦m 南门街道花园社区⟧ ⟦m 今天 多云 12℃～21℃⟧</div>
<div class="menu">⟦l 社区动态 居务公开 便民服务 志愿服务 党建园地⟧</div>
<h3>{T}</h3>
<div class="meta">⟦m 发布者：花园社区居委会　浏览(96)⟧</div>
{BODY}
<div class="btn">⟦a 我要报名当志愿者⟧</div>
<div class="cmt">⟦l 留言（0）　发表您的看法⟧</div>
<div class="ft">⟦m 便民服务热线：0771-3206600⟧</div>
</body></html>
""",
        body="""
根据《花园社区便民早市管理办法》，社区于4月9日组织了早市摊位公开抽签，现将结果公示如下。
摊位号　经营者　经营品类
A01　骆桂英　蔬菜
A02　段长青　豆制品
B01　侯小梅　早点
B02　鲍德胜　水果
公示期为4月10日至4月16日。如有异议，请在公示期内向社区居委会反映，监督电话：0771-3219025。
花园社区居民委员会
2025年4月10日
""",
    ),
    dict(
        slug="association-heyuan-vendors-initiative-html",
        site="禾垣市个体劳动者协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="letter",
        form="html",
        source="http://www.hyggx.example.org.cn/xhdt/2025/0601/287.html",
        title="致全市早市经营户的倡议书",
        record_title="【协会倡议】致全市早市经营户的倡议书",
        date="2025-06-01",
        notes="association template: 【协会倡议】 prefix; member-login and 入会指南 links; a numbered initiative kept, incl. a sentence asking vendors to 扫码 register; a 'share' bar; 成文日期",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>致全市早市经营户的倡议书_禾垣市个体劳动者协会</title></head><body>
<div class="hd">⟦m 禾垣市个体劳动者协会⟧ ⟦a 会员登录⟧ ⟦l 入会指南⟧</div>
<div class="nav">⟦l 协会概况 | 协会动态 | 政策法规 | 会员服务⟧</div>
<h1>⟦t 【协会倡议】致全市早市经营户的倡议书⟧</h1>
<div class="by">⟦m 作者：协会秘书处　时间：2025-06-01⟧</div>
{BODY}
<div class="share">⟦l 分享到：微信 ｜ 朋友圈 ｜ QQ⟧</div>
<div class="ft">⟦d 协会网站版权所有，转载须注明出处⟧</div>
</body></html>
""",
        body="""
全市早市经营户朋友们：
早市是城市的烟火气，也是城市的文明窗口。为营造干净整洁、诚信经营的早市环境，市个体劳动者协会向大家倡议：
一、诚信经营，明码标价，足斤足两，不短斤少两、不以次充好。
二、文明摆摊，不出摊位线，收摊后清理好摊位垃圾。
三、亮证经营，请扫描摊位二维码完成经营户登记，方便顾客监督。
禾垣市个体劳动者协会
2025年6月1日
""",
    ),
    dict(
        slug="company-lvyuan-market-operator-news-html",
        site="绿源市场运营管理有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.lvyuan-market.example.com/news/2025/1108.html",
        title="青石路早市完成智慧化改造",
        record_title="青石路早市完成智慧化改造-绿源市场运营",
        date="2025-11-08",
        record_date="2025-11-08",
        notes="corporate template: a company suffix; an 招商热线 in the header and an online-service float; the 发布时间 byline is the date; photo caption glued after a sentence; related news",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>青石路早市完成智慧化改造-绿源市场运营</title></head><body>
<div class="header">⟦m 绿源市场运营⟧ ⟦m 招商热线：0755-2687 3300⟧</div>
<div class="nav">⟦l 首页 走进绿源 旗下市场 新闻中心 招商合作 联系我们⟧</div>
<div class="loc">⟦m 新闻中心 > 公司新闻⟧</div>
<h1>{T}</h1>
<div class="by">⟦m 发布时间：2025-11-08　浏览量：418⟧</div>
{BODY}
<div class="rel">⟦l 相关新闻：公司召开第三季度安全生产会议　绿源市场获评“放心市场”⟧</div>
<div class="kefu">⟦w 在线客服⟧</div>
<div class="ft">⟦m 绿源市场运营管理有限公司 版权所有⟧</div>
</body></html>
""",
        body="""
11月上旬，由公司运营的青石路早市完成智慧化改造，重新开市迎客。
改造后，早市一百二十个摊位全部安装了电子价签和智能秤，商品价格、产地一目了然。⟦m 图为改造后的早市入口。⟧
市民买菜可以扫码支付，也可以在摊位旁的查询屏上查看当天的农残快检结果。
公司负责人表示，明年将把这一模式推广到旗下其他三个早市。
""",
    ),
    dict(
        slug="training-fenghe-food-safety-class",
        site="丰禾职业培训学校 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.fhpx.example.cn/tzgg/2025/0513.html",
        title="关于举办早市食品经营户食品安全培训班的通知",
        record_title="关于举办早市食品经营户食品安全培训班的通知 | 丰禾职业培训学校",
        date="2025-05-13",
        notes="training-school page: a site suffix; a course-consult row and a 'scan to sign up' prompt at the bottom; the school's own 报名电话 and an 附件 line kept; a numbered schedule; 成文日期",
        page="""
!m 丰禾职业培训学校　|　人社部门认定培训机构
!w 课程咨询：0738-5521266　|　QQ：2859103344
!t 关于举办早市食品经营户食品安全培训班的通知 | 丰禾职业培训学校
{BODY}
!a 扫码立即报名，报名成功即送培训资料
!l 近期开班：中式面点师　育婴员　电工上岗证
""",
        body="""
各早市食品经营户：
受县市场监督管理局委托，我校将于5月20日、21日举办早市食品经营户食品安全培训班，培训免费。
1.培训内容：食品安全法律法规、食品储存与加工卫生、从业人员健康管理。
2.培训地点：丰禾职业培训学校一楼多媒体教室。
3.培训结束后进行考试，合格者发放培训合格证明。
报名电话：0738-5529810（周老师）
附件：培训报名表
丰禾职业培训学校
2025年5月13日
""",
    ),
    dict(
        slug="fanwenapp-jinshi-market-manager-report",
        site="笔杆子APP (invented)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://m.biganzi.example.com/share/doc/77120?channel=copy",
        title="早市管理所所长述职报告",
        record_title="早市管理所所长述职报告【可编辑】",
        date=None,
        notes="a writing app's reading mode: 【可编辑】 decoration; 'AI 改写' and 'copy' buttons glued after sentences; a member prompt on a line of its own between paragraphs; no date (a 收录于 stamp)",
        page="""
!m 笔杆子 · 阅读模式
!t 早市管理所所长述职报告【可编辑】
!m 收录于 述职报告合集 · 更新于 2025-02-11
{BODY}
!a 一键套用此模板，生成你的述职报告
!l 评论 8　收藏 226　分享
""",
        body="""
一年来，我在所里同志们的支持下，认真履行早市管理职责，现将工作情况报告如下。
一是抓规范管理。全年重新划定摊位线三百余米，清理占道经营六十余起，早市秩序明显好转。⟦a AI改写本段⟧
⟦a 开通会员，解锁全文及配套PPT⟧
二是抓食品安全。配合市场监管部门开展快检一千二百批次，未发现不合格产品流入市场。
三是抓服务群众。设立便民服务台，为老年人提供公平秤和免费寄存。⟦a 复制⟧
不足之处是早市周边停车难问题还没有根本解决，明年将重点推进。
""",
    ),
    dict(
        slug="exambbs-yunhe-essay-material-market",
        site="公考路上论坛 (invented)",
        style="公考论坛",
        genre="申论素材",
        kind="post",
        form="text",
        source="http://www.gklushang.example.com/forum/t-551902.html",
        title="小早市里的大民生",
        record_title="[申论范文]小早市里的大民生（可背诵）",
        date="2025-10-15",
        notes="exam forum: [申论范文]…（可背诵） decoration; a post line with 发布于 (the date); forum junk lines and glued junk; a reward-points prompt and a 'reply to see the download link' line",
        junk=dict(lines=1, glued=2),
        page="""
!m 公考路上 » 申论素材区
!t [申论范文]小早市里的大民生（可背诵）
!m 作者：申论老鬼　　发布于 2025-10-15 22:04
{BODY}
!a 回复本帖可见范文Word版下载地址
!l 打赏　|　收藏　|　举报
""",
        body="""
清晨六点，城市还没完全醒来，早市已经热闹起来。一捆青菜、一块豆腐、一碗热豆浆，连着的是千家万户的日常生活。
早市虽小，却是民生的“晴雨表”。管得太死，烟火气没了；放任不管，又会带来占道、脏乱等问题。
这考验的是城市治理的智慧。划定时段、规范摊位、配套保洁，让早市既有烟火气，又有秩序感。
把早市这样的小事办好了，群众的获得感就实实在在地增强了。
""",
    ),
    dict(
        slug="encyclopedia-morning-market-entry",
        site="万象百科 (invented)",
        style="百科问答",
        genre="百科",
        kind="entry",
        form="text",
        source="https://www.wanxiangbaike.example.com/wiki/早市",
        title="早市",
        record_title=None,
        date=None,
        notes="encyclopaedia entry in text: no record title (the entry name on the page); 编辑/讨论 tabs, a 目录, reference marks and a 'this entry was last edited' line; a year inside a sentence is no date",
        page="""
!m 万象百科　|　人人可编辑的知识库
!l 词条　讨论　编辑　历史
{T}
!l 目录：1 概述　2 历史　3 经营特点
{BODY}
!m 本词条最后修订于 2024年12月8日 19:03
!d 本站文字内容遵循知识共享协议，转载请注明来源
""",
        body="""
早市，又称早集、晨市，是指在清晨固定时段、固定地点集中进行商品交易的临时性市场，以蔬菜、肉禽、早点等生活必需品为主。
历史
我国的早市由来已久，宋代城市中已有“五更点灯，博易买卖”的早市记载。
经营特点
早市营业时间短，一般在早晨五点至九点之间，散市后场地恢复为道路或广场。
早市价格相对便宜，经营者多为附近农户和个体商贩，是城市居民购买生鲜的重要渠道。
""",
    ),
    dict(
        slug="netdisk-songlin-market-rules-html",
        site="百盘分享 (invented)",
        style="网盘分享",
        genre="办法",
        kind="rules",
        form="html",
        source="https://www.baipan.example.net/share/init?surl=Kz81mZq",
        title="松林镇早市管理办法（试行）",
        record_title="松林镇早市管理办法（试行）.pdf",
        date="2025-01-20",
        notes="cloud-drive preview page: a file-name title; save/download buttons, a file-size line and an expiry notice; articles (第一条…) kept including 打印 and 扫码 as content; 成文日期 in Chinese numerals",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>松林镇早市管理办法（试行）.pdf_免费高速下载|百盘分享</title></head><body>
<div class="hd">⟦m 百盘分享⟧ ⟦a 登录　注册⟧</div>
<div class="file"><h2>⟦t 松林镇早市管理办法（试行）.pdf⟧</h2><span>⟦m 312.5KB　分享于 2025-02-03⟧</span></div>
<div class="btns">⟦a 保存到网盘⟧ ⟦a 普通下载⟧ ⟦a 超级会员高速下载⟧</div>
<div class="preview">
{BODY}
</div>
<div class="exp">⟦d 此链接分享者设置了永久有效　请勿传播违规文件⟧</div>
</body></html>
""",
        body="""
第一条　为规范早市经营秩序，方便群众生活，结合本镇实际，制定本办法。
第二条　早市经营时间为每日5:30至9:00，9:30前经营者须清理完毕摊位。
第三条　经营者应持本人身份证到镇市场服务站登记，领取摊位证并打印摊位号牌。
第四条　顾客可扫描摊位号牌上的二维码查询经营者信息，对违规经营行为进行投诉。
第五条　本办法自发布之日起试行。
松林镇人民政府
二〇二五年一月二十日
""",
    ),
    dict(
        slug="snapshot-heping-market-relocation-html",
        site="和坪新闻网（搜索快照） (invented)",
        style="搜索快照",
        genre="通告",
        kind="notice",
        form="html",
        source="http://snapshot.kuaisou.example.com/cache?url=www.hepingnews.example.cn/tz/2025/0830/661.html",
        title="关于城北早市迁址的通告",
        record_title="关于城北早市迁址的通告",
        date="2025-08-29",
        date_also=["2025-08-30"],
        notes="snapshot frame: a cache banner with its crawl time (no date); the original page's byline and nav inside; the 通告's 成文日期 expected; the original footer's ICP line",
        page="""
<html><head><meta charset="utf-8"><title>关于城北早市迁址的通告</title></head><body>
<div class="kshead">⟦d 快搜快照：您查看的是 2025-09-06 03:11 抓取的页面，原网页可能已变化⟧ ⟦a 访问原网页⟧</div>
<div class="o">
<div>⟦m 和坪新闻网⟧ ⟦l 要闻 | 民生 | 公告 | 图片⟧</div>
<h1>{T}</h1>
<div>⟦m 2025-08-30 09:00　来源：和坪县城市管理局⟧</div>
{BODY}
<div>⟦m 和坪新闻网　皖ICP备2020031768号⟧</div>
</div></body></html>
""",
        body="""
为缓解城北路段交通压力，经县政府研究同意，城北早市自9月8日起迁至北郊农贸市场东侧空地经营。
原城北路早市经营点同时取消，经营户请于9月7日前完成搬迁。
新址设有固定摊位二百个，按原经营户优先的原则分配，具体事宜请咨询县城市管理局市容科。
特此通告。
和坪县城市管理局
2025年8月29日
""",
    ),
    dict(
        slug="mail-changshui-market-inspection-reply",
        site="长水区市场监管局邮件 (invented)",
        style="邮件转发",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="mailto:scjgj_zhk@changshui.example.gov.cn",
        title="早市食品安全联合检查工作会议纪要",
        record_title="转发：早市食品安全联合检查工作会议纪要",
        date="2025-07-03",
        date_also=["2025-07-01"],
        notes="a forwarded mail with the forwarder's reply on top; 时间/地点/主持/参会 lines and a 记录 line kept; the mail's 附件 header chrome; the minutes' 印发 date expected, the meeting date accepted",
        page="""
!m 主题：转发：早市食品安全联合检查工作会议纪要
!m 发件人：综合科 张科 <zhk@changshui.example.gov.cn>
!m 时间：2025-07-04 08:47
!m 收件人：各市场监管所
!w 各所：纪要转发，请按分工落实，7月10日前反馈检查计划。
!m 附件：纪要.pdf（102KB）
!m -------- 原始邮件 --------
{BODY}
!d 本邮件及附件可能含有内部信息，请勿外传
""",
        body="""
时间：2025年7月1日上午9时
地点：区市场监管局四楼会议室
主持：副局长 俞文涛
参会：区城管局、区农业农村局、各街道办事处相关负责人
会议确定，7月至9月开展早市食品安全联合检查，重点检查散装熟食、豆制品和水产品。
会议要求，各街道每周至少组织一次联合巡查，发现问题当场处理，重大问题及时上报。
记录：汤晓月
长水区市场监督管理局办公室
2025年7月3日印发
""",
    ),
]
