"""holdout342, part E: intranets, company sites, tender portals, law firms, trade
associations and residents' sites. Every page, site, place, person, number and URL is
invented; each case written by hand. See ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="intranet-jiaruan-minutes-puzzle-mats-oa",
        site="璪溪佳软塑业协同办公系统 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.jiaruan.local/doc/view.do?docId=20250311-0042",
        title="关于拼图垫产品甲酰胺检测超标整改的专题会议纪要",
        record_title="〔纪要·已归档〕关于拼图垫产品甲酰胺检测超标整改的专题会议纪要 - 佳软协同办公",
        date="2025-03-11",
        notes="OA document view: the minutes' 时间/地点/主持/参会/记录 lines stay body and the 时间 line gives the "
        "date; a 密级 row, a 流转记录 list, read count, archive/forward buttons and an IT-desk line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔纪要·已归档〕关于拼图垫产品甲酰胺检测超标整改的专题会议纪要 - 佳软协同办公</title></head>
<body>
<div class="oa-top">⟦m 佳软协同办公⟧ ⟦m 欢迎您，质检部 冉小棠⟧ <a>⟦a 退出系统⟧</a></div>
<div class="oa-menu">⟦m 待办事宜⟧ ⟦m 公文管理⟧ ⟦m 会议管理⟧ ⟦m 知识库⟧ ⟦m 通讯录⟧</div>
<div class="doc-head"><h1>{T}</h1>
<table><tr><td>⟦m 保密等级：内部⟧</td><td>⟦m 拟稿部门：质检部⟧</td><td>⟦m 已阅 23 人 / 未阅 4 人⟧</td></tr></table></div>
<div class="doc-body">
{BODY}
</div>
<div class="btns">⟦a 【办结归档】【转发他人】【收藏到个人文件夹】⟧</div>
<div class="flow"><h4>⟦l 流转记录⟧</h4>
<p>⟦l 冉小棠（质检部）拟稿 → 祁东海（副总经理）审核 → 办公室 分发⟧</p>
<p>⟦l 生产部 聂伟 已阅　采购部 汪思琪 已阅　销售部 卢放 未阅⟧</p></div>
<div class="oa-ft">⟦m 信息中心服务台：分机 8000　系统版本 V6.2⟧</div>
</body></html>
""",
        body="""
时间：2025年3月11日14:30
地点：公司三楼会议室
主持：副总经理 祁东海
参会：生产部、质检部、采购部、销售部负责人
记录：质检部 冉小棠
会议听取了质检部关于2月份第三方送检结果的通报：公司送检的6批次EVA拼图垫中，有2批次甲酰胺含量超出标准限值。经讨论，会议议定如下：
一、超标的两个批次产品立即停止发货，已发往经销商的全部召回，由销售部3月15日前完成。
二、采购部暂停使用原发泡剂供应商的产品，另选两家供应商送样比对。
三、生产部延长成品晾置时间，由48小时调整为96小时。
四、质检部对后续每批次产品逐批送检，检测合格方可入库。
""",
    ),
    dict(
        slug="intranet-qiaosen-instruction-magnetic-tiles-wps",
        site="乔森玩具内网 (invented intranet, text export)",
        style="企业内网",
        genre="作业规程",
        kind="other",
        form="text",
        source="http://intranet.qiaosentoys.local/jswj/zydz/QC-07",
        title="磁力片超声波焊接工序作业指导书",
        record_title="磁力片超声波焊接工序作业指导书_QC-07.wps",
        date=None,
        notes="intranet text export: decimal headings 1–4.2 in the body; a file-number and version row, "
        "download counts, an 'internal only' notice; a work instruction has no date",
        page="""
!m 乔森玩具内网 › 技术文件 › 作业指导书
!m 文件编号：QC-07　版本：B/2　密级：内部
!m 上传：工艺部 汤俊　｜　下载 41 次
{T}
{BODY}
!d 本文件为乔森玩具内部受控文件，严禁外传、拍照或上传至外部网站。
!a 下载WPS原件　｜　申请纸质受控版
!m 内网技术支持：IT部 分机 6600
""",
        body="""
1　适用范围
1.1 本指导书适用于磁力片片体上下壳的超声波焊接工序。
2　作业准备
2.1 开机前检查焊头表面有无磨损、裂纹，发现异常报设备组处理。
2.2 按工艺卡设定焊接参数，首件由质检员确认后方可批量生产。
3　作业步骤
3.1 将装好磁铁的下壳放入治具，确认磁铁的极性标记朝上。
3.2 盖上上壳，双手同时按下启动按钮，完成焊接。
3.3 取出片体，目视检查焊缝是否连续、有无溢料。
4　质量要求
4.1 每小时抽取5片做跌落试验，从1米高度跌落至水泥地面3次，片体不得开裂，磁铁不得外露。
4.2 不合格品放入红色周转箱，不得混入良品。
""",
    ),
    dict(
        slug="company-zhengyan-recall-posture-batches",
        site="正衍儿童用品 (invented company site)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.zhengyankids.com/news/notice/2025-01-15-recall.html",
        title="关于主动召回部分批次背带式坐姿矫正器的公告",
        record_title="安全召回｜关于主动召回部分批次背带式坐姿矫正器的公告——正衍儿童用品官网",
        date="2025-01-15",
        notes="company site: a cookie notice, a service float and a national order line beside the recall's own "
        "专线; a batches table; a sentence telling users to scan the tag's code stays body",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>安全召回｜关于主动召回部分批次背带式坐姿矫正器的公告——正衍儿童用品官网</title></head>
<body>
<div class="cookie">⟦d 本站使用 Cookie 改善浏览体验，继续浏览即表示同意⟧ <button>⟦a 我知道了⟧</button></div>
<header>⟦m 正衍儿童用品⟧ ⟦m 让孩子坐得正、站得直⟧
<nav>⟦m 首页⟧ ⟦m 产品中心⟧ ⟦m 品牌故事⟧ ⟦m 新闻公告⟧ ⟦m 联系我们⟧</nav>
<span class="tel">⟦m 全国订购热线 400-810-6633⟧</span></header>
<div class="crumb">⟦m 首页 ＞ 新闻公告 ＞ 企业公告⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 来源：正衍儿童用品　浏览：3,380⟧</div>
<section class="content">
{BODY}
</section>
<div class="share">⟦a 分享给亲友：微信　微博⟧</div>
<div class="kf">⟦w 在线客服 9:00-21:00⟧</div>
<footer>⟦m 颂阳正衍儿童用品有限公司 © 2025　湘ICP备20011873号-1⟧</footer>
</body></html>
""",
        body="""
尊敬的用户：
我公司在质量回访中发现，2024年9月至11月生产的部分背带式坐姿矫正器，肩带调节扣存在断裂风险，可能导致产品突然松脱。为保障儿童使用安全，我公司决定主动召回以下批次产品：
型号　生产批号　数量
ZY-02　240915　1200件
ZY-02　241008　1850件
ZY-03　241112　960件
请持有上述批次产品的用户立即停止使用，拨打召回专线0739-6633217或扫描产品吊牌上的二维码登记，我公司将免费更换新品并承担往返运费。
颂阳正衍儿童用品有限公司
2025年1月15日
""",
    ),
    dict(
        slug="company-qimu-brochure-book-rack-specs",
        site="栖木家居 (invented company site, text page)",
        style="企业官网",
        genre="产品介绍",
        kind="other",
        form="text",
        source="https://www.qimujiaju.cn/products/tongyue-bookrack.html",
        title="童悦系列可升降实木绘本架",
        record_title="新品上市丨童悦系列可升降实木绘本架 - 栖木家居",
        date=None,
        notes="company product page text: a specs table (cells apart by ideographic spaces), a sentence telling "
        "buyers to scan the box's QR code stays body; price and buy buttons, a store-finder line; no date",
        page="""
!m 栖木家居　｜　儿童实木家具
!m 首页 / 产品中心 / 儿童书架
{T}
!a ￥ 1,280　　立即购买　　加入心愿单
!m 已售 2,641 件　｜　好评率 98%
{BODY}
!w 门店查询与团购报价：400-615-2208
!l 搭配购买：童悦学习桌　｜　童悦收纳矮柜
!m 栖木家居　粤ICP备19088312号
""",
        body="""
童悦系列绘本架专为3至8岁儿童设计，让孩子自己找书、自己放书。
【产品特点】
1．四档升降：层板高度可在60至110厘米之间调节，孩子长高了，书架也跟着“长高”。
2．封面朝外：每层设防滑挡条，绘本封面朝外摆放，一眼就能看到。
3．安全用料：选用新西兰松木，水性漆涂装，四角圆弧处理，随箱附赠防倾倒固定件。
【规格参数】
尺寸　宽90厘米×深30厘米×高60至110厘米
层数　四层，每层可放绘本12至15册
【售后服务】整机保修两年，安装视频可扫描包装盒上的二维码观看。
""",
    ),
    dict(
        slug="tender-songyang-result-puzzle-mats-lots",
        site="颂阳公共资源交易网 (invented tender portal)",
        style="招投标网",
        genre="中标结果公告",
        kind="notice",
        form="html",
        source="https://ggzy.songyang.example.gov.cn/jyxx/zfcg/zbgg/20250609/7701.html",
        title="婉湖区公办幼儿园拼图地垫更新采购项目中标结果公告",
        record_title="【采购结果·幼教】婉湖区公办幼儿园拼图地垫更新采购项目中标结果公告 - 政府采购 - 颂阳公共资源交易网",
        date="2025-06-09",
        notes="tender portal: CA and trading-system help lines beside the purchaser's and agency's own contacts; a "
        "lots table; a publicity countdown; the date under the body is the document's",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【采购结果·幼教】婉湖区公办幼儿园拼图地垫更新采购项目中标结果公告 - 政府采购 - 颂阳公共资源交易网</title></head>
<body>
<div class="hd">⟦m 颂阳公共资源交易网⟧ <a>⟦a 交易主体登录⟧</a> <a>⟦a CA证书办理⟧</a></div>
<div class="nav">⟦m 首页⟧ ⟦m 交易信息⟧ ⟦m 政府采购⟧ ⟦m 工程建设⟧ ⟦m 政策法规⟧</div>
<div class="crumb">⟦m 当前位置：交易信息 › 政府采购 › 结果公告⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 信息来源：颂阳衡信招标代理有限公司　浏览：507⟧</div>
<div class="countdown">⟦m 公示剩余：0天 17小时 42分⟧</div>
<div class="ewb-article">
{BODY}
</div>
<div class="fj">⟦a 附件：中标结果公告（盖章版）.pdf⟧</div>
<div class="help"><p>⟦m CA证书服务热线：400-868-0739⟧</p><p>⟦m 电子交易系统技术支持：0739-7700115⟧</p></div>
<div class="ft">⟦m 颂阳市公共资源交易中心主办　湘ICP备14011352号⟧</div>
</body></html>
""",
        body="""
一、项目编号：SYWH-2025-0417
二、项目名称：婉湖区公办幼儿园拼图地垫更新采购项目
三、中标信息
包号　中标供应商　中标金额
1包　颂阳市童稳体育设施有限公司　38.62万元
2包　璪溪县佳软塑业有限公司　27.15万元
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：婉湖区教育局　联系人：彭女士　电话：0739-7716028
代理机构：颂阳衡信招标代理有限公司　联系人：伍先生　电话：0739-7725631
2025年6月9日
""",
    ),
    dict(
        slug="tender-yanshan-inquiry-book-racks-record",
        site="巘山县政府采购网 (invented tender portal, text page)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="http://zfcg.yanshan.example.gov.cn/xjgg/2025/0217/3310.html",
        title="巘山县图书馆少儿绘本架采购询价公告",
        record_date="2025-02-17",
        date="2025-02-17",
        notes="tender text: record title and date as is; an inquiry-items table, a sentence telling suppliers to "
        "download the inquiry file and mail back the quote, the library's own contact beside the platform line",
        page="""
!m 巘山县政府采购网
!m 首页 » 采购公告 » 询价公告
{T}
!m 发布时间：2025-02-17 09:02　｜　阅读次数：233
!a 【我要报价】　【收藏项目】
{BODY}
!m 平台服务热线：0739-4560123（工作日8:00-17:30）
!l 上一篇：巘山县第一中学课桌椅采购询价公告
!d 本网发布的采购信息与纸质文件不一致的，以采购人盖章文件为准。
""",
        body="""
巘山县图书馆就少儿阅览区绘本架采购项目进行询价采购，欢迎符合条件的供应商参加报价。
一、采购内容
品目　规格　数量
落地式绘本架　宽120厘米，高不超过100厘米　20组
转角绘本架　宽60厘米，高不超过100厘米　6组
二、报价要求：报价含运输、安装费用，所有绘本架须与墙体固定。
三、报价时间：2025年2月24日17:00前，逾期不予受理。
四、询价文件请在本网站下载，报价单盖章后扫描发送至 ysxtsg@163.com。
联系人：覃女士　电话：0739-5538201
巘山县图书馆
2025年2月17日
""",
    ),
    dict(
        slug="lawfirm-zhengze-answer-magnetic-tiles",
        site="颂阳正则律师事务所 (invented law-firm site)",
        style="律所网站",
        genre="法律问答",
        kind="other",
        form="html",
        source="https://www.zhengzelaw.cn/wenda/chanpin/611.html",
        title="孩子误吞磁力片脱落的磁粒，商家要不要担责？",
        record_title="【正则说法】孩子误吞磁力片脱落的磁粒，商家要不要担责？—颂阳正则律师事务所",
        date=None,
        notes="law firm: a lawyer card, a consult float, a 400 line and a repost notice; a consult prompt glued "
        "after a sentence; a Q&A with no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【正则说法】孩子误吞磁力片脱落的磁粒，商家要不要担责？—颂阳正则律师事务所</title></head>
<body>
<div class="top">⟦m 颂阳正则律师事务所⟧ ⟦m 专注产品责任与消费维权⟧ <span>⟦w 免费咨询热线 400-077-3816⟧</span></div>
<div class="nav">⟦m 首页⟧ ⟦m 律所简介⟧ ⟦m 律师团队⟧ ⟦m 律师说法⟧ ⟦m 联系我们⟧</div>
<div class="pos">⟦m 首页 > 律师说法 > 产品责任⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 解答律师：章明远　｜　阅读 1,276⟧</div>
<div class="art">
{BODY}
</div>
<div class="card">⟦w 章明远律师 · 执业11年 · 擅长产品责任纠纷　一键咨询⟧</div>
<div class="float">⟦w 在线留言，律师30分钟内回复⟧</div>
<div class="note">⟦d 本文为本所原创，转载须注明出处；文中观点不构成正式法律意见。⟧</div>
<div class="ft">⟦m 地址：颂阳市婉湖区法苑路12号　湘ICP备21009904号⟧</div>
</body></html>
""",
        body="""
问：我家孩子三岁，玩网上买的磁力片时，一块片子裂开，孩子吞下了两颗磁粒，住院做了手术。商家说玩具包装上写了“3岁以下禁用”，不肯赔偿。我们该怎么办？
答：商家的说法不能完全成立。
第一，产品本身有缺陷。磁力片在正常玩耍中开裂、磁粒脱落，说明产品不符合应有的安全标准，生产者和销售者应当依法承担赔偿责任。
第二，警示标识只能减轻而不能免除责任。即使包装上有年龄提示，法院也会综合考虑监护人是否尽到看护义务，按比例划分责任。⟦w 类似案件可拨打400-077-3816找章律师评估⟧
第三，注意保存证据。请保留购物记录、剩余磁力片、病历和医疗费票据，必要时申请产品质量鉴定。
建议您先向商家所在地市场监管部门投诉，协商不成再向法院起诉。
""",
    ),
    dict(
        slug="lawfirm-zhengze-letter-posture-ads",
        site="颂阳正则律师事务所 (invented law-firm site, text page)",
        style="律所网站",
        genre="函",
        kind="other",
        form="text",
        source="https://www.zhengzelaw.cn/wenshu/lsh/88.html",
        title="关于停止坐姿矫正器虚假宣传的律师函",
        record_title="【律所文书库】关于停止坐姿矫正器虚假宣传的律师函｜颂阳正则律师事务所",
        date="2025-03-28",
        notes="law firm text: a lawyer's letter with its date under the signature; the firm's slogan, a "
        "consult line and a template-use notice; the client's name also in the body",
        page="""
!m 颂阳正则律师事务所　·　文书范例
!m 首页 > 文书范例 > 律师函
!t 【律所文书库】关于停止坐姿矫正器虚假宣传的律师函
!d 说明：本范例已隐去当事人信息，仅供参考，不得直接套用。
{BODY}
!w 需要起草律师函？欢迎致电 400-077-3816 预约律师
!l 更多范例：催告函　｜　侵权警告函　｜　解除合同通知书
!m 颂阳正则律师事务所　湘ICP备21009904号
""",
        body="""
颂阳市某某电子商务有限公司：
本所受颂阳正衍儿童用品有限公司（以下简称“委托人”）委托，就贵司在网店中宣传坐姿矫正器的有关事宜，特致函如下：
经查，贵司在商品页面使用“七天矫正驼背”“治愈脊柱侧弯”等用语，并擅自使用委托人的产品检测报告和图片。上述行为可能构成虚假宣传和不正当竞争。
为此，本所律师郑重要求贵司：一、自收到本函之日起三日内删除上述宣传内容；二、停止使用委托人的检测报告和图片；三、以书面形式向委托人作出说明。
如贵司逾期不予处理，委托人将依法追究贵司的法律责任。
颂阳正则律师事务所
律师：章明远
2025年3月28日
""",
    ),
    dict(
        slug="association-stationery-pledge-pencil-caps",
        site="颂阳市文具行业协会 (invented association site)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.sywjxh.org.cn/xhdt/2025/0523/302.html",
        title="关于加强儿童铅笔套小零件安全管理的自律倡议",
        record_title="【自律共建】关于加强儿童铅笔套小零件安全管理的自律倡议（会员单位请转发）_颂阳市文具行业协会",
        date="2025-05-20",
        date_also=["2025-05-23"],
        notes="association site: a member-login row and a member hotline; the association's name is also the "
        "signature (matched as head); the posting date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【自律共建】关于加强儿童铅笔套小零件安全管理的自律倡议（会员单位请转发）_颂阳市文具行业协会</title></head>
<body>
<div class="top"><b>⟦m 颂阳市文具行业协会⟧</b> ⟦a 会员单位登录　｜　入会申请⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 协会概况⟧ ⟦m 协会动态⟧ ⟦m 行业自律⟧ ⟦m 会员风采⟧</div>
<div class="crumb">⟦m 首页 › 行业自律 › 倡议书⟧</div>
<h1>{T}</h1>
<p class="info">⟦m 发布日期：2025-05-23　发布者：协会秘书处　阅读：340⟧</p>
{BODY}
<p class="print">⟦a 〔打印本文〕〔关闭窗口〕⟧</p>
<div class="side"><h4>⟦l 协会动态⟧</h4><p>⟦l 协会第三届理事会第二次会议召开⟧</p><p>⟦l 2025年文具质量提升培训班开班⟧</p></div>
<div class="ft">⟦m 会员服务热线：0739-8250766⟧<br>⟦m 颂阳市文具行业协会　湘ICP备17012288号⟧</div>
</body></html>
""",
        body="""
全体会员单位：
铅笔套体积小、造型多，深受小学生喜爱，但近年来多地发生儿童误吸笔帽、铅笔套的事件。为切实保护儿童安全，协会向全体会员单位倡议：
一、笔帽式铅笔套顶端一律设置通气孔，通气孔面积符合国家标准要求。
二、卡通造型铅笔套上的装饰小件须牢固，不得轻易拉脱。
三、在包装显著位置标注“请勿放入口中”等警示语。
四、发现产品存在安全隐患的，主动停售、召回，并及时向协会报告。
让我们共同守护孩子手中的每一支笔。
颂阳市文具行业协会
2025年5月20日
""",
    ),
    dict(
        slug="association-toys-minutes-magnetic-tiles-vote",
        site="颂阳市玩具行业协会 (invented association site, text page)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.sywjxh-toys.org.cn/hyjy/2025/0421/88.html",
        title="市玩具协会磁力片专业委员会第三次工作会议纪要",
        record_title="〖专委会纪要〗市玩具协会磁力片专业委员会第三次工作会议纪要｜颂阳市玩具行业协会",
        date="2025-04-16",
        date_also=["2025-04-21"],
        notes="association text: the minutes' 时间/地点/主持/参会/记录 lines and a vote count stay body, the 时间 "
        "line gives the date; the page's 发布时间 differs; a members-only line and a past-minutes link",
        page="""
!m 颂阳市玩具行业协会
!a 会员登录　　申请入会
!m 首页 > 会议纪要
{T}
!m 发布时间：2025-04-21　来源：协会秘书处
{BODY}
!a 团体标准征求意见稿全文仅限会员下载，请先登录
!l 往期纪要：磁力片专业委员会第二次工作会议纪要
!m 协会秘书处电话：0739-8257012　邮箱：sywjxh@126.com
""",
        body="""
时间：2025年4月16日上午9:30
地点：协会二楼会议室
主持：专委会主任 韦晓澄
参会：专委会委员单位代表11人
记录：协会秘书处 汤宁
会议讨论了《磁力片产品团体标准（征求意见稿）》，重点研究了磁铁封装强度和跌落试验次数两项指标。
会议议定：一、跌落试验由3次提高到5次；二、标准文本经秘书处修改后，在协会网站公开征求意见30日；三、下次会议于6月中旬召开。
表决结果：应到委员11人，实到11人，同意10票，弃权1票。
""",
    ),
    dict(
        slug="community-songyuan-notice-puzzle-mats-grid",
        site="颂园社区 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://songyuan.wanhu-sq.cn/tzgg/2025/0610/129.html",
        title="关于社区儿童之家拼图垫集中清洗的通知",
        record_title="【儿童之家】关于社区儿童之家拼图垫集中清洗的通知｜颂园社区居委会",
        date="2025-06-10",
        notes="residents' site: weather line, a grid worker's box with a mobile number and a property repair "
        "line beside the notice's own 咨询电话; a sentence telling volunteers to scan the sign-in code stays body",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【儿童之家】关于社区儿童之家拼图垫集中清洗的通知｜颂园社区居委会</title></head>
<body>
<div class="top">⟦m 颂园社区⟧ ⟦m 婉湖区 · 晴 26～34℃⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 社区公告⟧ ⟦m 便民服务⟧ ⟦m 志愿者之家⟧ ⟦m 邻里圈⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布：颂园社区居委会　阅读 186⟧</div>
{BODY}
<div class="grid"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第三网格 祝红梅 13807396215⟧</p></div>
<div class="wy">⟦m 物业24小时报修：0739-7762888⟧</div>
<div class="more">⟦l 更多公告：端午节社区包粽子活动报名⟧</div>
<div class="ft">⟦m 颂园社区居民委员会　地址：婉湖区颂园路3号⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
社区儿童之家的拼图垫已使用一年多，为给孩子们一个干净的活动环境，社区定于6月14日（星期六）上午开展拼图垫集中清洗活动，欢迎家长带孩子一起参加。
一、地点：社区儿童之家门前小广场。
二、分工：社区提供清洗剂和刷子，志愿者负责拆垫、刷洗和晾晒，小朋友负责把晾干的拼图垫“拼回原样”。
三、报名：请扫描儿童之家门口的二维码签到，现场参加的志愿者可累计志愿服务时长。⟦a 点此在线报名 ›⟧
咨询电话：0739-7762310（社区值班室）
颂园社区居民委员会
2025年6月10日
""",
    ),
    dict(
        slug="community-shuofengli-summary-book-racks-table",
        site="朔风里社区 (invented residents' site, text page)",
        style="社区网站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://sfl.shuochuan-sq.cn/sqdt/2025/0529/64.html",
        title="朔风里社区“家门口绘本架”运行一年情况总结",
        record_title="社区动态 ▹ 朔风里社区“家门口绘本架”运行一年情况总结",
        date="2025-05-28",
        notes="residents' text: a data table (one row a paragraph, cells apart by ideographic spaces), a "
        "sentence asking residents to follow the community account stays body; a like row and a volunteer "
        "recruitment line between paragraphs",
        page="""
!m 朔风里社区　你我的家
!m 社区首页 ▹ 社区动态
{T}
!m 来源：社区党群服务中心　｜　阅读：97
{BODY}
!a 👍 点赞（23）　　✎ 写留言
!l 上一篇：朔风里社区2025年“学雷锋”志愿服务活动小结
!m 朔风里社区居委会　值班电话：0739-7731100
""",
        indent="\u3000\u3000",
        body="""
去年5月，社区在楼道口、党群服务中心和小公园设置了3个“家门口绘本架”。一年来，在居民的共同维护下，绘本架运行良好，现将情况总结如下。
一、运行数据
点位　藏书（册）　借阅（人次）
党群服务中心　420　1860
7号楼楼道口　150　930
小公园凉亭　180　1210
⟦w 想当“架长”？报名请找社区小吴 13974052218⟧
二、主要做法：每个点位由一名楼栋长担任“架长”，每天早晚整理一次；居民捐赠的绘本经志愿者消毒后上架。
三、存在问题：小公园点位遇雨天绘本易受潮，已加装防雨罩。
下一步，社区将再增设2个点位，请居民关注“朔风里社区”公众号，我们会定期推送新书目录。
朔风里社区居民委员会
2025年5月28日
""",
    ),
]
