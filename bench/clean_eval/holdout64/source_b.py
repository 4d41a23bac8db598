"""holdout64, part B: 公众号镜像, 文档分享, 教育门户, 企业内网, 问答社区, 个人文集. Invented text."""

CASES = [
    dict(
        slug="wechat-touzi-promotion-host-script",
        site="榉田招商 公众号镜像 (invented)",
        style="公众号镜像",
        genre="主持词",
        kind="host-script",
        form="text",
        source="https://wx.mirrorhub.cn/s/juetian_zs/20250318-3",
        title="榉田县2025年春季重点产业招商推介会主持词",
        record_title=None,
        date="2025-03-18",
        notes="no record title; account line with date is the page's date; mirror buttons glued and between paragraphs",
        page="""
!t 榉田县2025年春季重点产业招商推介会主持词
!m 原创　榉田招商　榉田县投资促进局　2025年3月18日 17:20　湖南
!a 点击上方蓝字「榉田招商」一键星标，第一时间获取项目信息
{BODY}
!l — THE END —
!m 图文｜县投资促进局综合科　　审核｜万启明
!a 喜欢本文，请动动手指：转发　点赞　推荐
!a 继续滑动看下一篇
!l 往期回顾：榉田县2024年招商引资十大签约项目出炉
!d 本页面为公众号文章镜像，内容版权归原作者所有
""",
        body="""
尊敬的各位领导、各位企业家朋友：
大家上午好！春风送暖，万物勃发。今天，我们在这里隆重举行榉田县2025年春季重点产业招商推介会。首先，请允许我介绍出席今天推介会的领导和嘉宾。
（介绍嘉宾，略）
让我们以热烈的掌声，对各位领导和嘉宾的到来表示欢迎！
下面进行第一项议程，请县人民政府县长致辞。
⟦a 📌 戳这里查看推介会完整视频回放⟧
下面进行第二项议程，请县投资促进局局长推介榉田县投资环境和重点招商项目。
下面进行第三项议程，举行项目集中签约仪式。本次共签约项目14个，总投资56.8亿元，涉及新材料、食品加工、文旅康养等领域。请签约双方代表上台。
下面进行第四项议程，请企业家代表发言。
各位领导、各位嘉宾，榉田山清水秀、区位优越，真诚期待更多企业家朋友来榉田投资兴业。本次推介会到此结束，谢谢大家！⟦a 分享到朋友圈⟧
""",
    ),
    dict(
        slug="wechat-xuanchuan-civility-pledge-html",
        site="椑水宣传 镜像 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="pledge",
        form="html",
        source="https://read.wxarchive.net/a/bIshui_xc/11482",
        title="争做网络文明好网民倡议书",
        record_title="【倡议】争做网络文明好网民倡议书 | 椑水宣传",
        date="2024-11-05",
        notes="decorated record title; 成文日期 in Chinese numerals; WeChat-mirror template with reward and like rows",
        page="""
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>【倡议】争做网络文明好网民倡议书 | 椑水宣传</title></head>
<body><div class="rich_media">
<h2 class="rich_media_title">⟦t 【倡议】争做网络文明好网民倡议书⟧</h2>
<div class="meta">⟦m 椑水宣传　中共椑水县委宣传部⟧ ⟦m 发布于 江西⟧</div>
<div class="rich_media_content">
<p>⟦a ↑↑↑ 轻触上方“椑水宣传”关注我们 ↑↑↑⟧</p>
{BODY}
<p>⟦m 来源：县委网信办　编辑：涂小满　校对：岳珊⟧</p>
</div>
<div class="reward">⟦a 喜欢作者　赞赏⟧</div>
<div class="tool">⟦l 阅读 5216　　♥ 88　　在看 41⟧</div>
<div class="cmt">⟦l 写留言　　精选留言（3）⟧</div>
<div class="mirror-note">⟦d 文章镜像自微信公众平台，仅用于存档检索⟧</div>
</div></body></html>
""",
        body="""
全县广大网民朋友们：
网络是亿万民众共同的精神家园。为进一步弘扬网络文明新风，营造清朗网络空间，县委网信办、县文明办向全县广大网民发出如下倡议：
一要坚定信念，传播正能量。自觉做党的创新理论的传播者，积极讲好椑水故事。
二要崇德向善，文明上网。自觉使用文明用语，不造谣、不信谣、不传谣，不发布低俗、暴力信息。
三要遵纪守法，依法用网。自觉遵守网络安全法律法规，保护个人信息，不参与网络赌博和网络诈骗。
四要守护青少年。家长要引导孩子合理使用网络，共同为未成年人营造健康的上网环境。
网络文明，从我做起。让我们携起手来，共建共享清朗网络空间！
中共椑水县委网信办
椑水县精神文明建设指导委员会办公室
二〇二四年十一月五日
""",
    ),
    dict(
        slug="docshare-suanxiang-garlic-coldstore-plan-wrapped",
        site="蒜香文档共享 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://share.suanxiangdoc.com/d/7Xq2M0aP",
        title="樗岭镇大蒜冷库安全生产专项整治方案",
        record_title="樗岭镇大蒜冷库安全生产专项整治方案.pdf",
        date="2025-06-03",
        notes="file-name record title; text hard-wrapped at 62 columns and cut by ⸨n⸩ markers; upload notice",
        page="""
!m 蒜香文档共享｜让资料流动起来
!t 樗岭镇大蒜冷库安全生产专项整治方案.pdf
!m 分享人：冷链小白　分享时间：2025-06-11　文件大小：286KB
!a 〔保存到我的空间〕〔全文下载〕〔在线转Word〕
{BODY}
!d 温馨提示：本资料由网友分享，仅供学习交流，如有侵权请联系平台处理。
!l 你可能还需要：冷库氨制冷系统安全检查表 / 大蒜储存期管理规范
""",
        indent="　　",
        wrap=62,
        pages=dict(fmt="⸨{n}⸩", every=140, start=2, glue=False),
        body="""
为深刻汲取冷库安全事故教训，全面排查整治我镇大蒜储藏冷库安全隐患，坚决防范遏制较大以上安全事故发生，结合我镇实际，制定本方案。
一、整治范围
全镇辖区内所有从事大蒜储藏的冷库，共计63座，其中使用氨制冷的11座、使用氟利昂制冷的52座。
二、整治重点
（一）建筑消防。重点检查冷库库体保温材料是否使用易燃聚氨酯泡沫，安全出口和疏散通道是否畅通。
（二）制冷系统。重点检查氨制冷机房是否设置泄漏报警装置和事故排风装置，压力容器、压力管道是否按期检验。
（三）电气线路。重点检查是否存在私拉乱接、超负荷用电等问题。
三、时间安排
6月10日至6月30日为自查自改阶段；7月1日至8月15日为集中检查阶段；8月16日至8月31日为总结验收阶段。
四、工作要求
各村要逐库建立隐患整改台账，做到整改责任、措施、资金、时限、预案“五到位”。对拒不整改的，依法予以停业整顿。
樗岭镇人民政府
2025年6月3日
""",
    ),
    dict(
        slug="docshare-dianbo-cable-tv-rectification-html",
        site="点播资料库 (invented)",
        style="文档分享",
        genre="报告",
        kind="report",
        form="html",
        source="https://www.dianbozlk.com/doc/55031946.html",
        title="关于有线电视网络故障投诉问题整改情况的报告",
        record_title=None,
        date="2024-12-20",
        notes="no record title, found in the page; 成文日期 under the signature; customer-service line of the document kept beside the site's",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>点播资料库 - 文档在线预览</title>
<script>var docId=55031946;</script></head><body>
<div class="top">⟦m 点播资料库⟧ ⟦m 资料共享 · 互助学习⟧ ⟦a 上传文档⟧ ⟦a 我的书架⟧</div>
<div class="crumbs">⟦m 资料库 › 企业管理 › 整改报告⟧</div>
<div class="view">
<h1>{T}</h1>
<div class="info">⟦m 文档格式：DOCX　页数：2　大小：41K　分享于：2025-01-07⟧</div>
<div class="btns">⟦a 免费下载⟧ ⟦a 复制文字⟧ ⟦a 打印⟧</div>
{BODY}
</div>
<div class="feedback">⟦w 资料库客服微信 dbzlk_kefu，工作日 9:00-18:00⟧</div>
<div class="foot">⟦d 本站文档由网友共享，版权争议请发邮件至本站客服邮箱。⟧ ⟦m Copyright © dianbozlk.com⟧</div>
</body></html>
""",
        body="""
县文化广电和旅游局：
2024年11月，县12345热线转来有关我公司有线电视网络故障的投诉共计87件，主要集中在城东片区信号中断、维修响应慢等方面。我公司高度重视，立即成立整改工作专班。现将整改情况报告如下。
一、排查故障原因。经全面检测，城东片区光节点设备老化是造成信号中断的主要原因，涉及光节点23个、用户约4600户。
二、完成设备更换。截至12月18日，已更换老化光节点23个、放大器41台，城东片区信号中断投诉已降为零。
三、压缩维修时限。将故障维修响应时间由24小时压缩至8小时，并在营业厅公示维修人员姓名和电话。
四、畅通报修渠道。用户可拨打公司客户服务电话0719-8833962报修，也可到各营业厅现场办理。
下一步，我公司将把整改措施常态化，切实提升用户满意度。
枰川广电网络有限公司
2024年12月20日
""",
    ),
    dict(
        slug="edu-liuhe-radio-direction-contest-notice-html",
        site="柳河县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.liuhe.edu.cn/tzgg/20250409/5520.html",
        title="关于举办全县中小学生无线电测向竞赛的通知",
        record_title="关于举办全县中小学生无线电测向竞赛的通知-柳河教育网",
        date="2025-04-09",
        notes="education portal; schedule table; 报名联系人 kept beside the portal's phone; the notice tells schools to 下载 and 扫码",
        page="""
<html><head><meta charset="utf-8"><title>关于举办全县中小学生无线电测向竞赛的通知-柳河教育网</title></head>
<body>
<div class="head">⟦m 柳河教育网⟧ ⟦m 立德树人　办人民满意教育⟧</div>
<div class="nav">⟦m 首页 | 教育动态 | 通知公告 | 招生考试 | 校园风采 | 局长信箱⟧</div>
<div class="main">
<div class="pos">⟦m 当前位置：首页 - 通知公告⟧</div>
<h3>{T}</h3>
<div class="src">⟦m 发布日期：2025年04月09日　作者：体卫艺股　点击：1375⟧</div>
{BODY}
<div class="att">⟦a 附件下载区：报名表.xlsx（请点击下载）⟧</div>
</div>
<div class="right"><div class="t">⟦l 最新公告⟧</div>
<div>⟦l 关于做好2025年春季学期学生资助工作的通知⟧</div>
<div>⟦l 全县中小学科技节活动安排⟧</div></div>
<div class="foot">⟦m 柳河县教育体育局主办　地址：柳河县文昌路6号　电话：0737-6210035⟧</div>
</body></html>
""",
        body="""
各中小学校：
为激发青少年学科学、爱科学的热情，培养学生的动手能力和团队协作精神，县教育体育局、县科学技术协会决定举办全县中小学生无线电测向竞赛。现将有关事项通知如下。
一、比赛时间和地点
时间：2025年5月17日（星期六）上午8:30。
地点：柳河县森林公园。
二、比赛项目
组别　项目　参赛人数
小学组　80米波段短距离测向　每校限报4人
初中组　2米波段测向　每校限报4人
高中组　2米波段、80米波段测向　每校限报6人
三、报名办法
请各校从本网站通知公告栏目下载报名表，填写后于5月6日前发送至指定邮箱，也可扫码加入赛事工作群报名。
联系人：包晓雯，电话：0737-6210188，邮箱：lhjy_tyw@163.com。
柳河县教育体育局
2025年4月9日
""",
    ),
    dict(
        slug="edu-shiyan-primary-report-card-letter",
        site="石砚小学校园网 (invented)",
        style="教育门户",
        genre="告家长书",
        kind="letter",
        form="text",
        source="http://www.syxx.lhedu.net/news/show.php?id=2317",
        title="石砚小学2025年寒假告家长书",
        record_title="石砚小学2025年寒假告家长书_校园公告_石砚小学",
        date="2025-01-15",
        notes="school site; 成文日期 in Chinese numerals; 回执 with a placeholder 年 月 日 line; a hotline of the school kept",
        page="""
!m 石砚小学校园网
!m 网站首页　学校概况　校园公告　德育天地　家校共育
!m 您现在的位置：首页 > 校园公告
!t 石砚小学2025年寒假告家长书
!m 作者：德育处　来源：本站原创　点击数：866　更新时间：2025-1-15
{BODY}
!a 【打印文章】【关闭窗口】
!l 上一篇：关于开展“书香寒假”阅读活动的通知
!l 下一篇：2024年秋季学期期末表彰名单
!m 版权所有：石砚小学　技术支持：柳河县教育信息中心
""",
        indent="\u3000\u3000",
        body="""
尊敬的各位家长：
您好！根据上级安排，我校2025年寒假自1月18日开始，2月16日结束，2月17日正式上课。为使孩子们度过一个安全、快乐、有意义的假期，特提醒如下：
一、注意交通安全。教育孩子不在马路上追逐打闹，不乘坐无牌无证车辆和超载车辆。
二、注意防火防电。春节期间燃放烟花爆竹须在成人陪同下进行，远离易燃物品。
三、注意防溺水和防冰面落水。严禁孩子到河边、塘边和结冰的水面上玩耍。
四、合理安排作息。控制孩子使用手机和看电视的时间，每天保证户外活动不少于一小时。
假期如有紧急情况，请拨打学校值班电话0737-6235110。
石砚小学
二〇二五年一月十五日
回执：我已认真阅读《石砚小学2025年寒假告家长书》，将切实履行监护责任。
学生姓名：　　　班级：　　　家长签字：　　　　年　月　日
""",
    ),
    dict(
        slug="oa-youlian-gas-station-minutes",
        site="油联能源 内部办公平台 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.youlian-energy.local/doc/view.do?fid=20250423007",
        title="加油站片区安全管理例会纪要",
        record_title="【内部】加油站片区安全管理例会纪要",
        date="2025-04-22",
        notes="intranet document view; minutes' 时间/地点/主持/参会/记录 lines kept; read count and approval trail chrome",
        page="""
!m 油联能源　协同办公平台 V6.2
!m 工作台 / 公文管理 / 会议纪要 / 查看
!t 【内部】加油站片区安全管理例会纪要
!m 拟稿：安全环保部 池晓冬　　密级：内部　　阅读次数：54
!a [返回列表]　[导出PDF]　[打印]　[转发]
{BODY}
!m 流转记录：池晓冬 起草 04-22 16:10 → 凌波 审核 04-23 08:55 → 归档
!d 本平台信息仅限公司内部使用，严禁外传或截图转发。
""",
        body="""
时间：2025年4月22日14:30
地点：公司三楼第二会议室
主持：凌波（分管安全副总经理）
参会：东片区、西片区、南片区经理，各加油站站长，安全环保部、运营部负责人
记录：池晓冬
会议听取了三个片区一季度安全管理情况汇报，分析了近期发生的两起卸油作业不规范问题，研究部署了二季度重点工作。纪要如下：
一、严格卸油作业管理。卸油时必须执行“一人监护、一人操作”，静电接地夹未连接前严禁开阀，运营部每月抽查卸油视频不少于10次。
二、开展夏季防雷检测。各站于5月15日前完成防雷防静电设施检测，检测报告报安全环保部备案。
三、加强便利店用电管理。严禁在便利店内使用大功率电器，电动车不得在站区内充电。
四、组织应急演练。每站二季度至少组织一次油品泄漏和初起火灾扑救演练，留存影像资料。
会议要求，各片区经理要落实包站责任，发现隐患立即整改，不能立即整改的要采取临时措施并及时上报。
""",
    ),
    dict(
        slug="oa-huizhan-conference-centre-request-html",
        site="栝州国际会议中心 OA (invented)",
        style="企业内网",
        genre="请示",
        kind="request",
        form="html",
        source="http://10.8.1.20/oa/gw/show.aspx?id=88241",
        title="关于更换主会场同声传译设备的请示",
        record_title="关于更换主会场同声传译设备的请示",
        date="2025-02-12",
        notes="intranet HTML with approval trail and watermark; 成文日期 under signature; 联系人 line of the request kept",
        page="""
<html><head><meta charset="utf-8"><title>公文查看 - 栝州国际会议中心协同办公</title>
<style>.wm{opacity:.08}</style></head><body>
<div id="top">⟦m 栝州国际会议中心有限公司　协同办公系统⟧ ⟦m 当前用户：值班室⟧ ⟦a 退出⟧</div>
<div id="menu">⟦m 待办(3) | 已办 | 收文 | 发文 | 通讯录⟧</div>
<div class="wm">⟦d 内部资料 注意保密 值班室 10.8.1.20⟧</div>
<table class="form">
<tr><td>⟦m 文件类型：请示⟧</td><td>⟦m 紧急程度：平件⟧</td></tr>
<tr><td>⟦m 拟稿部门：会务技术部⟧</td><td>⟦m 拟稿日期：2025-02-12⟧</td></tr>
</table>
<h2>{T}</h2>
{BODY}
<div class="trail"><b>⟦m 审批意见⟧</b>
<p>⟦m 技术部 符建军：情况属实，拟同意。2025-02-13 09:41⟧</p>
<p>⟦m 总经理 邰宁：提交办公会研究。2025-02-14 15:02⟧</p></div>
<div class="ops">⟦a 签收　转办　打印稿纸　导出⟧</div>
</body></html>
""",
        body="""
公司领导：
主会场现有同声传译设备于2013年购置，已使用十二年，近年来故障率明显上升。2024年共承接国际会议19场，其中3场出现译员通道串音、接收机断电等问题，客户投诉2次，影响了中心声誉。
经会务技术部测试评估，现有红外发射主机和300台接收机已无法维修，原厂已停止供应配件。为保障今年下半年两场大型国际会议的顺利举办，拟对主会场同声传译设备进行整体更换。
一、更换内容：数字红外发射主机1套，译员机8台，接收机400台，充电存储柜4台。
二、经费预算：约86万元，拟从年度设备更新专项资金中列支。
三、采购方式：按公司采购管理办法进行公开招标。
妥否，请批示。
附件：同声传译设备故障记录及评估报告
会务技术部
2025年2月12日
（联系人：甘一鸣，分机：8207）
""",
    ),
    dict(
        slug="qa-wenjin-secrecy-pledge-answer",
        site="问津知道 (invented)",
        style="问答社区",
        genre="承诺书",
        kind="answer",
        form="text",
        source="https://zhidao.wenjin.cc/question/4408127.html",
        title="涉密人员保密承诺书怎么写？",
        record_title=None,
        date=None,
        notes="question as the title; answer with a template and ××××年××月××日 placeholder; relative time 2天前 — no date",
        page="""
!m 问津知道 > 职场 > 公文写作
!t 涉密人员保密承诺书怎么写？
!m 匿名用户　提问于 2天前　　浏览 2,093
!l 2个回答
!m 热心网友 · 采纳率 91%　2天前
{BODY}
!a 👍 有用(46)　　👎 　　收起　　举报
!l 其他回答：网上搜一下模板就行，按单位要求改改。
!l 相关问题：离岗涉密人员脱密期管理规定是什么？
!d 回答内容由网友提供，仅供参考，问津知道不对其准确性负责。
""",
        body="""
保密承诺书一般由标题、正文、落款三部分组成，正文写清楚承诺人的身份和具体承诺事项。给你一个我们单位用的模板，可以参考：
涉密人员保密承诺书
本人作为涉密人员，已认真学习保密法律法规，知悉应当承担的保密义务和法律责任。本人郑重承诺：
一、认真遵守国家保密法律、法规和规章制度，履行保密义务；
二、不违规记录、存储、复制国家秘密信息，不违规留存涉密载体；
三、不以任何方式泄露所接触和知悉的国家秘密；
四、未经单位审查批准，不擅自发表涉及未公开工作内容的文章、著述；
五、离岗时，主动清退所有涉密载体，在脱密期内遵守保密规定。
违反上述承诺，自愿承担党纪、政纪责任和法律后果。
承诺人：××
××××年××月××日
注意：承诺书要本人手写签名，一式两份，本人和单位各留一份。
""",
    ),
    dict(
        slug="qa-nongji-tractor-transfer-html",
        site="农友问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="html",
        source="https://ask.nongyou.net/q/271830",
        title="二手拖拉机过户需要办哪些手续？",
        record_title="二手拖拉机过户需要办哪些手续？ - 农友问答",
        date=None,
        notes="decorated record title; answer lists procedures and tells to 下载 a form; only relative times (昨天, 5小时前) — no date",
        page="""
<html><head><meta charset="utf-8"><title>二手拖拉机过户需要办哪些手续？ - 农友问答</title></head><body>
<div class="hd">⟦m 农友问答⟧ ⟦m 种养殖问题 专家来解答⟧ ⟦a 我要提问⟧</div>
<div class="crumb">⟦m 问答首页 &gt; 农机具 &gt; 拖拉机⟧</div>
<div class="q"><h1>{T}</h1>
<div class="q-desc">⟦m 提问者：陇上种田人　昨天⟧</div></div>
<div class="a">
<div class="who">⟦m 最佳答案　农机监理员老邝　5小时前⟧</div>
{BODY}
<div class="vote">⟦a 赞同 23　反对 0　评论 4⟧</div>
</div>
<div class="more">⟦l 相似问题：拖拉机年检需要带什么材料？⟧</div>
<div class="more">⟦l 相似问题：联合收割机驾驶证怎么考？⟧</div>
<div class="ft">⟦m © 2025 农友问答 ask.nongyou.net⟧ ⟦d 专家回答仅供参考，具体以当地农机监理机构要求为准⟧</div>
</body></html>
""",
        body="""
买卖二手拖拉机，要到转出地的县级农机安全监理机构办理转移登记，也就是常说的过户。一般需要下面这些材料：
1.《拖拉机和联合收割机转移登记申请表》，可以在当地农机监理站网站下载，也可以现场领取；
2.买卖双方的身份证明；
3.拖拉机的行驶证和登记证书；
4.买卖合同或者发票等来历证明。
手续齐全的，监理站当场审核，一般5个工作日内就能办好。要注意两点：一是拖拉机必须在检验有效期内，逾期的先年检再过户；二是如果是跨县过户，还要办理转出和转入两道手续。
另外提醒一句，没过户就上路，出了事故责任很难说清，千万别图省事。
""",
    ),
    dict(
        slug="collection-yiwen-translator-speech",
        site="译文存稿——苑秋林文集 (invented)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.yuanqiulin-wenji.net/juan2/017.htm",
        title="在市外语翻译协会成立二十周年座谈会上的发言",
        record_title="卷二·第17篇｜在市外语翻译协会成立二十周年座谈会上的发言",
        date="2023-09-26",
        notes="personal collection with volume numbering; date under the speech title; speaker line neutral",
        page="""
!m 译文存稿——苑秋林文集
!m 目录　卷一　卷二　卷三　后记
!t 卷二·第17篇｜在市外语翻译协会成立二十周年座谈会上的发言
{T}
（2023年9月26日）
苑秋林
{BODY}
!l ◀ 卷二·第16篇　退休感言　　　卷二·第18篇　给年轻译员的一封信 ▶
!m 本文集由家人整理，共收文章126篇　访问量：9827
!d 文集内容未经许可请勿转载。
""",
        indent="\u3000\u3000",
        body="""
各位同仁，各位朋友：
二十年前的今天，我们三十几个搞翻译的人，在老外办的会议室里成立了这个协会。那时候大家没有办公室，没有经费，连会员证都是自己设计、自己去打印店印的。
二十年来，协会从三十几人发展到四百多人，承担了全市历次重大外事活动、招商引资和国际赛事的翻译任务，为城市对外开放做了力所能及的工作。
我已经退休七年了，今天还能被邀请来讲几句，很感动。我想对年轻的同行说三句话：第一，翻译首先是做人，要守信、守密、守时；第二，外语要好，中文更要好；第三，机器翻译再发达，也替代不了对两种文化的理解。
祝协会越办越好，谢谢大家！
""",
    ),
    dict(
        slug="collection-guwan-manager-summary-html",
        site="郁文斋随笔 (invented)",
        style="个人文集",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://yuwenzhai.me/wenji/2024/zongjie.html",
        title="古玩城市场管理办公室2024年工作总结",
        record_title="郁文斋随笔 · 古玩城市场管理办公室2024年工作总结",
        date="2024-12-28",
        notes="personal collection page; 成文日期 in Chinese numerals; numbered list; visitor counter and chapter nav",
        page="""
<html><head><meta charset="utf-8"><title>郁文斋随笔 · 古玩城市场管理办公室2024年工作总结</title></head><body>
<div class="masthead">⟦m 郁文斋随笔⟧ ⟦m 一个古玩城管理员的文字存档⟧</div>
<div class="toc">⟦m 目录：工作文稿 | 读书 | 行旅 | 杂记⟧</div>
<div class="chapter">
<h2>{T}</h2>
<div class="stamp">⟦m 收入《工作文稿》第三辑　录入于 2025-01-03⟧</div>
{BODY}
</div>
<div class="pager">⟦l 上一篇：2023年工作总结⟧　⟦l 下一篇：致全体商户的一封信⟧</div>
<div class="counter">⟦m 本页访问人次：1488⟧</div>
</body></html>
""",
        body="""
2024年，市场管理办公室在古玩城公司的领导下，围绕“规范经营、诚信交易、安全运营”目标，较好完成了全年各项工作。
一、商户管理更加规范。全年新签约商户37户，清退违规商户5户，目前在营商户达到312户，商铺出租率96%。
二、诚信经营扎实推进。推行“先鉴定、后交易”服务，联合市收藏家协会开展免费鉴定活动12场，受理交易纠纷21起，调解成功19起。
三、安全管理常抓不懈。完成全城消防设施改造，更换监控探头180个，全年未发生火灾和盗窃案件。
四、周末集市人气回升。周末地摊集市恢复运营后，日均客流量达到6000人次，带动商户销售额同比增长18%。
明年，我们将重点推进线上展销平台建设，探索“线下鉴赏、线上交易”的新模式。
古玩城市场管理办公室
二〇二四年十二月二十八日
""",
    ),
]
